async function main(): Promise<void> {
  const response = await fetch('https://neptun-webui.vercel.app/api/shared/collections/550e8400-e29b-41d4-a716-446655440000', {
    method: 'GET',
  });
  console.log(await response.text());
}

main();
