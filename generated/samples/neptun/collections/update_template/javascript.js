const body = '{}';

fetch('https://neptun-webui.vercel.app/api/users/1/collections/1/templates/1', {
  method: 'PATCH',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
