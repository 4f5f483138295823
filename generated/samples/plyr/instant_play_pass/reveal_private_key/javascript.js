const { createHmac } = require('node:crypto');

const body = '{"sessionJwt":"eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJwbHlySWQiOiJibHVlX21hbmdvXzNmOWExYyJ9.c2lnbmF0dXJl"}';
const secret = 'your_secret_key';
const timestamp = String(Date.now());
const signature = createHmac('sha256', secret)
  .update(timestamp + body)
  .digest('hex');

fetch('https://api.plyr.network/api/instantPlayPass/reveal/privateKey', {
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
