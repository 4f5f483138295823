async function main(): Promise<void> {
  const body = '{"messages":[{"content":"What is Python?","role":"user"},{"content":"Python is a programming language...","role":"assistant"}]}';

  const response = await fetch('https://neptun-webui.vercel.app/api/users/456/chats/123/messages', {
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
