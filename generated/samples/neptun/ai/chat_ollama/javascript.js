const body = '{"messages":[{"role":"user","content":"Hello, how are you?"}]}';

fetch('https://neptun-webui.vercel.app/api/ai/ollama/rwkv-6-world/chat?chat_id=123', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
