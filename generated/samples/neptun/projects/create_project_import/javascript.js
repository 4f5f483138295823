const body = '{"source_type":"github","source_path":"username/repository"}';

fetch('https://neptun-webui.vercel.app/api/users/456/projects/789/resources/imports', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    'Cookie': 'neptun-session=your-session-cookie',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
