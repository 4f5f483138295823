import { createHmac } from 'node:crypto';

async function main(): Promise<void> {
  const secret = 'your_secret_key';
  const timestamp = String(Date.now());
  const signature = createHmac('sha256', secret)
    .update(timestamp + '{}')
    .digest('hex');

  const response = await fetch('https://api.plyr.network/api/instantPlayPass/verify/claimingCode/3F9A-1C7B-22DE-80AF', {
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
