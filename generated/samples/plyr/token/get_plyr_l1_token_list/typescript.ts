async function main(): Promise<void> {
  const response = await fetch('https://api.plyr.network/api/tokenlist', {
    method: 'GET',
  });
  console.log(await response.text());
}

main();
