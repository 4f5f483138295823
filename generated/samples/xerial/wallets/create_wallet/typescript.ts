async function main(): Promise<void> {
  const body = '{"type":"evm"}';

  const response = await fetch('https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112', {
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
