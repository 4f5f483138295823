fetch('https://neptun-webui.vercel.app/api/users/123/projects/12/chats/1', {
  method: 'DELETE',
  headers: {
    'Cookie': 'neptun-session=your-session-cookie',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
