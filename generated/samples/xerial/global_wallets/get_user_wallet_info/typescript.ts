async function main(): Promise<void> {
  const response = await fetch('https://wallet.xerial.io/api/user', {
    method: 'GET',
    headers: {
      'Authorization': 'Bearer your_access_token',
    },
  });
  console.log(await response.text());
}

main();
