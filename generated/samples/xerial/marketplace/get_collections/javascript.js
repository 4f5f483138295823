const body = '{"projectId":"6601f93a3ff2ea0348edeb6a"}';

fetch('https://api.xerial.io/get_collections_from_project', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body,
})
  .then((response) => response.text())
  .then((text) => console.log(text));
