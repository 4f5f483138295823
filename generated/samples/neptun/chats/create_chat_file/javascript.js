const body = '{"text":"print(\'Hello, World!\')","title":"example.py","language":"python","extension":"py"}';

fetch('https://neptun-webui.vercel.app/api/users/789/chats/123/files/456', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
