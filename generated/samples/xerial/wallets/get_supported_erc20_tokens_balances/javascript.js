fetch('https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/tokens', {
  method: 'GET',
  headers: {
    'Authorization': 'Bearer your_access_token',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
