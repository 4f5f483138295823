fetch('https://neptun-webui.vercel.app/api/auth/check', {
  method: 'HEAD',
  headers: {
    'Cookie': 'neptun-session=your-session-cookie',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
