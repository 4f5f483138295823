const { createHmac } = require('node:crypto');

const secret = 'your_secret_key';
const timestamp = String(Date.now());
const signature = createHmac('sha256', secret)
  .update(timestamp + '{}')
  .digest('hex');

fetch('https://api.plyr.network/api/game/chip/info?gameId=game123&chip=0xa513E6E4b8f2a923D98304ec87F64353C4D5C853', {
  method: 'GET',
  headers: {
    'apikey': 'your_api_key',
    'signature': signature,
    'timestamp': timestamp,
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
