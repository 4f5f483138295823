async function main(): Promise<void> {
  const body = '{"name":"Updated Chat Name"}';

  const response = await fetch('https://neptun-webui.vercel.app/api/users/123/chats/1', {
    method: 'PATCH',
    headers: {
      'Content-Type': 'application/json',
      'Cookie': 'neptun-session=your-session-cookie',
    },
    body,
  });
  console.log(await response.text());
}

main();
