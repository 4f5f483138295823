const body = new URLSearchParams([
  ['type', 'upgrade'],
  ['name', 'MyApp'],
  ['ownerid', 'XXXXXXXXXX'],
  ['sessionid', 'your_session_id'],
  ['username', 'alice'],
  ['key', 'MyApp-3HJ8R-QZ6VN-L2W9K'],
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
