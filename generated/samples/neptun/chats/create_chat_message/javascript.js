const body = '{"message":"Hello, how can I help?","actor":"assistant"}';

fetch('https://neptun-webui.vercel.app/api/users/456/chats/123/messages', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
