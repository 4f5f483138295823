const { createHmac } = require('node:crypto');

const body = '{"roomId":"42","sessionJwts":["eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIxIn0.c2ln","eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIyIn0.c2ln"]}';
const secret = 'your_secret_key';
const timestamp = String(Date.now());
const signature = createHmac('sha256', secret)
  .update(timestamp + body)
  .digest('hex');

fetch('https://api.plyr.network/api/game/leave', {
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
