const body = '{"type":"CONTRACT_EXECUTION","to":"0xdc71b72db51e227e65a45004ab2798d31e8934c9","value":0}';

fetch('https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transaction', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Authorization': 'Bearer your_access_token',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
