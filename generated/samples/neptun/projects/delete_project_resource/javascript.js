fetch('https://neptun-webui.vercel.app/api/users/456/projects/789/resources/chat-conversations/123', {
  method: 'DELETE',
  headers: {
    'Cookie': 'neptun-session=your-session-cookie',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
