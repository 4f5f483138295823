const body = '{"messages":[{"role":"user","content":"Hello, how are you?"}]}';

fetch('https://neptun-webui.vercel.app/api/ai/cloudflare/llama-3.3-70b-instruct-fp8-fast/chat?chat_id=123', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
