const body = '{"otp":"12345","new_password":"newSecurePassword123"}';

fetch('https://neptun-webui.vercel.app/user%40example.com/reset-password', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
