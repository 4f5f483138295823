fetch('https://neptun-webui.vercel.app/api/users/1/collections', {
  method: 'GET',
  headers: {
    'Cookie': 'neptun-session=your-session-cookie',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
