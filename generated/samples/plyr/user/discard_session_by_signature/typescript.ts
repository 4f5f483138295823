import { createHmac } from 'node:crypto';

async function main(): Promise<void> {
  const body = '{"plyrId":"player123","gameId":"game123","signature":"0x4a5c1d3e8f2b7a6c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c1b"}';
  const secret = 'your_secret_key';
  const timestamp = String(Date.now());
  const signature = createHmac('sha256', secret)
    .update(timestamp + body)
    .digest('hex');

  const response = await fetch('https://api.plyr.network/api/user/session/discardBySignature', {
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
