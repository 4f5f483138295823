const body = new URLSearchParams([
  ['type', 'setvar'],
  ['name', 'MyApp'],
  ['ownerid', 'XXXXXXXXXX'],
  ['sessionid', 'your_session_id'],
  ['var', 'theme'],
  ['data', 'dark'],
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
