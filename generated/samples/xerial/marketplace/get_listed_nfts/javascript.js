const body = '{"projectId":"6601f93a3ff2ea0348edeb6a","chain":"polygon"}';

fetch('https://api.xerial.io/get_listed_nfts', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
