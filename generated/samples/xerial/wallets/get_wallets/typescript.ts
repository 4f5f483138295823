async function main(): Promise<void> {
  const response = await fetch('https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112', {
    method: 'GET',
    headers: {
      'Authorization': 'Bearer your_access_token',
    },
  });
  console.log(await response.text());
}

main();
