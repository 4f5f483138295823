async function main(): Promise<void> {
  const response = await fetch('https://neptun-webui.vercel.app/api/users/456/projects/789/resources/imports/123', {
    method: 'DELETE',
    headers: {
      'Cookie': 'neptun-session=your-session-cookie',
    },
  });
  console.log(await response.text());
}

main();
