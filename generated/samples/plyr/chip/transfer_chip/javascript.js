const { createHmac } = require('node:crypto');

const body = '{"chips":["0xa513E6E4b8f2a923D98304ec87F64353C4D5C853"],"fromPlyrIds":["player1"],"toPlyrIds":["player2"],"amounts":[10]}';
const secret = 'your_secret_key';
const timestamp = String(Date.now());
const signature = createHmac('sha256', secret)
  .update(timestamp + body)
  .digest('hex');

fetch('https://api.plyr.network/api/game/chip/transfer', {
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
