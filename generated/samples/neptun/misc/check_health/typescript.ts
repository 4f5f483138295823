async function main(): Promise<void> {
  const response = await fetch('https://neptun-webui.vercel.app/health', {
    method: 'GET',
  });
  console.log(await response.text());
}

main();
