fetch('https://neptun-webui.vercel.app/api/github/accounts/octocat/repositories/my-repository/configuration-files', {
  method: 'GET',
  headers: {
    'Cookie': 'neptun-session=your-session-cookie',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
