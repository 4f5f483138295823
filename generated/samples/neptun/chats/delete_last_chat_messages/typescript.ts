async function main(): Promise<void> {
  const response = await fetch('https://neptun-webui.vercel.app/api/users/456/chats/123/messages/last', {
    method: 'DELETE',
    headers: {
      'Cookie': 'neptun-session=your-session-cookie',
    },
  });
  console.log(await response.text());
}

main();
