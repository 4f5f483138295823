import { LibreAuth } from 'libreauth';

async function main(): Promise<void> {
  const app = new LibreAuth('MyApp', 'XXXXXXXXXX', '1.0', 'https://libreauth.nutexe.dev/api/1.3/');
  await app.init();
  await app.login('alice', 'correct-horse-battery');
}

main();
