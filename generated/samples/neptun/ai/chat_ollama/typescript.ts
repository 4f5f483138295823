async function main(): Promise<void> {
  const body = '{"messages":[{"role":"user","content":"Hello, how are you?"}]}';

  const response = await fetch('https://neptun-webui.vercel.app/api/ai/ollama/rwkv-6-world/chat?chat_id=123', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Cookie': 'neptun-session=your-session-cookie',
    },
    body,
  });
  console.log(await response.text());
}

main();
