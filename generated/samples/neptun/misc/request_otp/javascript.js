const body = '{"action":"create","email":"user@example.com"}';

fetch('https://neptun-webui.vercel.app/auth/otp', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
