const body = '{"name":"My Project","project_type":"web-site","programming_language":"typescript"}';

fetch('https://neptun-webui.vercel.app/api/users/456/projects', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
