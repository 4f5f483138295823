async function main(): Promise<void> {
  const body = '{"otp":"12345","new_password":"newSecurePassword123"}';

  const response = await fetch('https://neptun-webui.vercel.app/user%40example.com/reset-password', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
    },
    body,
  });
  console.log(await response.text());
}

main();
