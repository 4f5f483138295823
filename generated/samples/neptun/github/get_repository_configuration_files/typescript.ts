async function main(): Promise<void> {
  const response = await fetch('https://neptun-webui.vercel.app/api/github/accounts/octocat/repositories/my-repository/configuration-files', {
    method: 'GET',
    headers: {
      'Cookie': 'neptun-session=your-session-cookie',
    },
  });
  console.log(await response.text());
}

main();
