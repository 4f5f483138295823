fetch('https://neptun-webui.vercel.app/api/users/456/projects/123/resources/github-repositories', {
  method: 'GET',
  headers: {
    'Cookie': 'neptun-session=your-session-cookie',
  },
})
  .then((response) => response.text())
  .then((text) => console.log(text));
