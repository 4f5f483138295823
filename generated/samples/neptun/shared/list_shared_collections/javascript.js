fetch('https://neptun-webui.vercel.app/api/shared/collections', {
  method: 'GET',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
