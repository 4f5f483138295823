const { createHmac } = require('node:crypto');

const body = '{"name":"Gold Coin","symbol":"GOLD","image":"https://ipfs.plyr.network/ipfs/QmW2WQi7j6c7UgJTarActp7tDNikE4B2qXtFCfLPdsgaTQ"}';
const secret = 'your_secret_key';
const timestamp = String(Date.now());
const signature = createHmac('sha256', secret)
  .update(timestamp + body)
  .digest('hex');

fetch('https://api.plyr.network/api/game/chip/create', {
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
