fetch('https://neptun-webui.vercel.app/api/users/456/projects/789/resources/template-collections/123', {
  method: 'GET',
  headers: {
    'Cookie': 'neptun-session=your-session-cookie',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
