async function main(): Promise<void> {
  const response = await fetch('https://neptun-webui.vercel.app/api/shared/collections', {
    method: 'GET',
  });
  console.log(await response.text());
}

main();
