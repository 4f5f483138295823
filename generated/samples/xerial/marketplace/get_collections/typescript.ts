async function main(): Promise<void> {
  const body = '{"projectId":"6601f93a3ff2ea0348edeb6a"}';

  const response = await fetch('https://api.xerial.io/get_collections_from_project', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
    },
    body,
  });
  console.log(await response.text());
}

main();
