fetch('https://libreauth.nutexe.dev/health', {
  method: 'GET',
})
  .then((response) => response.text())
  .then((text) => console.log(text));
