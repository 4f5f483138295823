async function main(): Promise<void> {
  const body = '{}';

  const response = await fetch('https://neptun-webui.vercel.app/api/users/456/projects/789/resources/user-files', {
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
