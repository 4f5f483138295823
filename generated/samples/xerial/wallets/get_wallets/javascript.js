fetch('https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112', {
  method: 'GET',
  headers: {
    'Authorization': 'Bearer your_access_token',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
