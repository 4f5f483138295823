fetch('https://api.plyr.network/api/tokenlist/plyr', {
  method: 'GET',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
