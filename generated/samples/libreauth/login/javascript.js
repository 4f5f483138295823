const body = new URLSearchParams([
  ['type', 'login'],
  ['name', 'MyApp'],
  ['ownerid', 'XXXXXXXXXX'],
  ['sessionid', 'your_session_id'],
  ['username', 'alice'],
  ['pass', 'correct-horse-battery'],
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
