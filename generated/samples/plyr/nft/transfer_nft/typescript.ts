import { createHmac } from 'node:crypto';

async function main(): Promise<void> {
  const body = '{"nfts":["0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6"],"fromAddresses":["0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"],"toAddresses":["0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"],"tokenIds":["7"],"chainId":62831}';
  const secret = 'your_secret_key';
  const timestamp = String(Date.now());
  const signature = createHmac('sha256', secret)
    .update(timestamp + body)
    .digest('hex');

  const response = await fetch('https://api.plyr.network/api/game/nft/transfer', {
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
