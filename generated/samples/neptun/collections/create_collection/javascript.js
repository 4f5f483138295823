const body = '{"name":"My Templates","is_shared":false,"neptun_user_id":1}';

fetch('https://neptun-webui.vercel.app/api/users/1/collections', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
