const { createHmac } = require('node:crypto');

const body = '{"roomId":"42","plyrIds":["player1","player1","player2"],"tokens":["TOKEN1","TOKEN2","TOKEN1"],"amounts":[100,50,75]}';
const secret = 'your_secret_key';
const timestamp = String(Date.now());
const signature = createHmac('sha256', secret)
  .update(timestamp + body)
  .digest('hex');

fetch('https://api.plyr.network/api/game/earnLeaveEnd', {
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
