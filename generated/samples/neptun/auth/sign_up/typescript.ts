async function main(): Promise<void> {
  const body = '{"email":"user@example.com","password":"your-password"}';

  const response = await fetch('https://neptun-webui.vercel.app/api/auth/sign-up', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
    },
    body,
  });
  console.log(await response.text());
}

main();
