async function main(): Promise<void> {
  const body = '{"text":"print(\'Hello, World!\')","title":"example.py","language":"python","extension":"py"}';

  const response = await fetch('https://neptun-webui.vercel.app/api/users/789/chats/123/files/456', {
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
