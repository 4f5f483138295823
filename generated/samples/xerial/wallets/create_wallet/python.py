import requests

body = '{"type":"evm"}'

response = requests.post(
    'https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112',
    headers={
        'Content-Type': 'application/json',
        'Authorization': 'Bearer your_access_token',
    },
    data=body.encode(),
)
print(response.text)
