const body = '{}';

fetch('https://wallet.xerial.io/api/user', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Authorization': 'Bearer your_access_token',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
