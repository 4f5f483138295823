const body = '{}';

fetch('https://neptun-webui.vercel.app/api/users/456/projects/789/resources/files/123', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
