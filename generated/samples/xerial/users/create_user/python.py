import requests

body = '{}'

response = requests.post(
    'https://wallet.xerial.io/api/user',
    headers={
        'Content-Type': 'application/json',
        'Authorization': 'Bearer your_access_token',
    },
    data=body.encode(),
)
print(response.text)
