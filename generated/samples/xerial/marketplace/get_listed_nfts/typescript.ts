async function main(): Promise<void> {
  const body = '{"projectId":"6601f93a3ff2ea0348edeb6a","chain":"polygon"}';

  const response = await fetch('https://api.xerial.io/get_listed_nfts', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
    },
    body,
  });
  console.log(await response.text());
}

main();
