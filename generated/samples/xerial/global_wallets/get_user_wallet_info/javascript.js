fetch('https://wallet.xerial.io/api/user', {
  method: 'GET',
  headers: {
    'Authorization': 'Bearer your_access_token',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
