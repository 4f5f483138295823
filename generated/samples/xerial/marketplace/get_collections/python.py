import requests

body = '{"projectId":"6601f93a3ff2ea0348edeb6a"}'

response = requests.post(
    'https://api.xerial.io/get_collections_from_project',
    headers={
        'Content-Type': 'application/json',
    },
    data=body.encode(),
)
print(response.text)
