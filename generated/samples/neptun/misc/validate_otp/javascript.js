const body = '{"action":"validate","email":"user@example.com","otp":"12345","new_password":"newSecurePassword123"}';

fetch('https://neptun-webui.vercel.app/auth/otp', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
