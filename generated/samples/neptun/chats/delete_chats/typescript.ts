async function main(): Promise<void> {
  const body = '{"chat_ids":[1,2,3]}';

  const response = await fetch('https://neptun-webui.vercel.app/api/users/123/chats', {
    method: 'DELETE',
    headers: {
      'Content-Type': 'application/json',
      'Cookie': 'neptun-session=your-session-cookie',
    },
    body,
  });
  console.log(await response.text());
}

main();
