async function main(): Promise<void> {
  const body = '{"purchases":{"collectionAddress":"0xf6797c479c7b18de2ea7493291d5f21fede8ff29","typeId":2,"quantity":2}}';

  const response = await fetch('https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/primary-purchase', {
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
