const body = '{"studioAddress":"0xf48b45F70a16FdcCe76d3E494Cb979144D1Ca0A8","chain":"polygon"}';

fetch('https://api.xerial.io/get_market_items', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
