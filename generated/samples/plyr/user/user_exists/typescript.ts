import { createHmac } from 'node:crypto';

async function main(): Promise<void> {
  const secret = 'your_secret_key';
  const timestamp = String(Date.now());
  const signature = createHmac('sha256', secret)
    .update(timestamp + '{}')
    .digest('hex');

  const response = await fetch('https://api.plyr.network/api/user/exists/player123', {
    method: 'GET',
    headers: {
      'apikey': 'your_api_key',
      'signature': signature,
      'timestamp': timestamp,
    },
  });
  console.log(await response.text());
}

main();
