import { createHmac } from 'node:crypto';

async function main(): Promise<void> {
  const body = '{"plyrIds":["player1","player2"],"slugs":["first-win","first-win"]}';
  const secret = 'your_secret_key';
  const timestamp = String(Date.now());
  const signature = createHmac('sha256', secret)
    .update(timestamp + body)
    .digest('hex');

  const response = await fetch('https://api.plyr.network/api/game/badge/mint', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'apikey': 'your_api_key',
      'signature': signature,
      'timestamp': timestamp,
    },
    body,
  });
  console.log(await response.text());
}

main();
