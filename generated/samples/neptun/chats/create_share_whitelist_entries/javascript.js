const body = '{"emails":["alice@example.com","bob@example.com"]}';

fetch('https://neptun-webui.vercel.app/api/users/456/chats/789/shares/123/whitelist-entries', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
