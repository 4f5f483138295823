import { createHmac } from 'node:crypto';

async function main(): Promise<void> {
  const body = '{"roomId":"42"}';
  const secret = 'your_secret_key';
  const timestamp = String(Date.now());
  const signature = createHmac('sha256', secret)
    .update(timestamp + body)
    .digest('hex');

  const response = await fetch('https://api.plyr.network/api/game/end', {
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
