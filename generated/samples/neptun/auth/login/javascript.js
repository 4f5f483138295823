const body = '{"email":"user@example.com","password":"your-password"}';

fetch('https://neptun-webui.vercel.app/api/auth/login', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
