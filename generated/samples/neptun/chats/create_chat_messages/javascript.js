const body = '{"messages":[{"content":"What is Python?","role":"user"},{"content":"Python is a programming language...","role":"assistant"}]}';

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
