async function main(): Promise<void> {
  const body = '{"name":"My Templates","is_shared":false,"neptun_user_id":1}';

  const response = await fetch('https://neptun-webui.vercel.app/api/users/1/collections', {
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
