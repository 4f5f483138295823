const { createHmac } = require('node:crypto');

const body = '{"nfts":["0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6"],"addresses":["0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"],"chainId":62831}';
const secret = 'your_secret_key';
const timestamp = String(Date.now());
const signature = createHmac('sha256', secret)
  .update(timestamp + body)
  .digest('hex');

fetch('https://api.plyr.network/api/game/nft/mint', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'apikey': 'your_api_key',
    'signature': signature,
    'timestamp': timestamp,
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
