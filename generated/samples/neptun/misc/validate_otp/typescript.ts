async function main(): Promise<void> {
  const body = '{"action":"validate","email":"user@example.com","otp":"12345","new_password":"newSecurePassword123"}';

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
