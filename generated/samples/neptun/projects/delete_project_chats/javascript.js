const body = '{"chat_ids":[1,2]}';

fetch('https://neptun-webui.vercel.app/api/users/123/projects/12/chats', {
  method: 'DELETE',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
