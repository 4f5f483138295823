import requests

body = '{"projectId":"6601f93a3ff2ea0348edeb6a","chain":"polygon"}'

response = requests.post(
    'https://api.xerial.io/get_listed_nfts',
    headers={
        'Content-Type': 'application/json',
    },
    data=body.encode(),
)
print(response.text)
