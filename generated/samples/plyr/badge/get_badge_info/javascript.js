const { createHmac } = require('node:crypto');

const secret = 'your_secret_key';
const timestamp = String(Date.now());
const signature = createHmac('sha256', secret)
  .update(timestamp + '{}')
  .digest('hex');

fetch('https://api.plyr.network/api/game/badge/info', {
  method: 'GET',
  headers: {
    'apikey': 'your_api_key',
    'signature': signature,
    'timestamp': timestamp,
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
