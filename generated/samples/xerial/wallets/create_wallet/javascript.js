const body = '{"type":"evm"}';

fetch('https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Authorization': 'Bearer your_access_token',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
