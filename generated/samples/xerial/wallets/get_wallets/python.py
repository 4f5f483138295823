import requests


response = requests.get(
    'https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112',
    headers={
        'Authorization': 'Bearer your_access_token',
    },
)
print(response.text)
