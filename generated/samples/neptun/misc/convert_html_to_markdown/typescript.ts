async function main(): Promise<void> {
  const response = await fetch('https://neptun-webui.vercel.app/api/html-to-markdown/https%3A%2F%2Fexample.com', {
    method: 'GET',
  });
  console.log(await response.text());
}

main();
