const body = new URLSearchParams([
  ['type', 'init'],
  ['name', 'MyApp'],
  ['ownerid', 'XXXXXXXXXX'],
  ['ver', '1.0'],
]).toString();

fetch('https://libreauth.nutexe.dev/api/1.3/', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
