const body = '{"model":"google/gemma-2-27b-it","name":"Project Discussion"}';

fetch('https://neptun-webui.vercel.app/api/users/123/projects/12/chats', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
