const body = new URLSearchParams([
  ['type', 'register'],
  ['name', 'MyApp'],
  ['ownerid', 'XXXXXXXXXX'],
  ['sessionid', 'your_session_id'],
  ['username', 'alice'],
  ['pass', 'correct-horse-battery'],
  ['key', 'MyApp-7K2Q9-XW4ZB-P8M3T'],
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
