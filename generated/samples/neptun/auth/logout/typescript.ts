async function main(): Promise<void> {
  const response = await fetch('https://neptun-webui.vercel.app/api/auth/logout', {
    method: 'POST',
    headers: {
      'Cookie': 'neptun-session=your-session-cookie',
    },
  });
  console.log(await response.text());
}

main();
