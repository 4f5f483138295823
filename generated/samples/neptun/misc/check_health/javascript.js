fetch('https://neptun-webui.vercel.app/health', {
  method: 'GET',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
