import { LibreAuth } from 'libreauth';

async function main(): Promise<void> {
  const app = new LibreAuth('MyApp', 'XXXXXXXXXX', '1.0', 'https://libreauth.nutexe.dev/api/1.3/');
  await app.init();
  await app.checkBlacklist('S-1-5-21-1085031214-1563985344-725345543');
}

main();
