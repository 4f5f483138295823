const body = new URLSearchParams([
  ['type', 'checkblacklist'],
  ['name', 'MyApp'],
  ['ownerid', 'XXXXXXXXXX'],
  ['sessionid', 'your_session_id'],
  ['hwid', 'S-1-5-21-1085031214-1563985344-725345543'],
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
