async function main(): Promise<void> {
  const body = '{"model":"google/gemma-2-27b-it","name":"New Chat"}';

  const response = await fetch('https://neptun-webui.vercel.app/api/users/123/chats', {
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
