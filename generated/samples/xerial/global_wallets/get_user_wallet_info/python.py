import requests


response = requests.get(
    'https://wallet.xerial.io/api/user',
    headers={
        'Authorization': 'Bearer your_access_token',
    },
)
print(response.text)
