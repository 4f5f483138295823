fetch('https://neptun-webui.vercel.app/api/github/app/accounts/583231/repositories/12345/configuration-files', {
  method: 'GET',
  headers: {
    'Cookie': 'neptun-session=your-session-cookie',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
