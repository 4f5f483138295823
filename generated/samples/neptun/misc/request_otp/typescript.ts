async function main(): Promise<void> {
  const body = '{"action":"create","email":"user@example.com"}';

  const response = await fetch('https://neptun-webui.vercel.app/auth/otp', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
    },
    body,
  });
  console.log(await response.text());
}

main();
