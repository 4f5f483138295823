const body = '{"amount":1.5,"to":"0x8e9DD3c1Db3254d968967CbC367542C343273629"}';

fetch('https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transfer-eth', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Authorization': 'Bearer your_access_token',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
