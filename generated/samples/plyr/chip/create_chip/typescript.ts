import { createHmac } from 'node:crypto';

async function main(): Promise<void> {
  const body = '{"name":"Gold Coin","symbol":"GOLD","image":"https://ipfs.plyr.network/ipfs/QmW2WQi7j6c7UgJTarActp7tDNikE4B2qXtFCfLPdsgaTQ"}';
  const secret = 'your_secret_key';
  const timestamp = String(Date.now());
  const signature = createHmac('sha256', secret)
    .update(timestamp + body)
    .digest('hex');

  const response = await fetch('https://api.plyr.network/api/game/chip/create', {
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
