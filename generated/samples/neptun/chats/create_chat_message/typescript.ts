async function main(): Promise<void> {
  const body = '{"message":"Hello, how can I help?","actor":"assistant"}';

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
