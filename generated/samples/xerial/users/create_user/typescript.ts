async function main(): Promise<void> {
  const body = '{}';

  const response = await fetch('https://wallet.xerial.io/api/user', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer your_access_token',
    },
    body,
  });
  console.log(await response.text());
}

main();
