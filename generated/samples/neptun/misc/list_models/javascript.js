fetch('https://neptun-webui.vercel.app/models', {
  method: 'GET',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
