fetch('https://neptun-webui.vercel.app/api/html-to-markdown/https%3A%2F%2Fexample.com', {
  method: 'GET',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
