fetch('https://neptun-webui.vercel.app/api/users/789/chats/123/files', {
  method: 'GET',
  headers: {
    'Cookie': 'neptun-session=your-session-cookie',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
