import requests

body = '{"collectionAddress":"0xf6797c479c7b18de2ea7493291d5f21fede8ff29","typeId":2,"quantity":1,"to":"0x8e9DD3c1Db3254d968967CbC367542C343273629"}'

response = requests.post(
    'https://wallet.xerial.io/api/nft/polygon/drop',
    headers={
        'Content-Type': 'application/json',
        'Authorization': 'Bearer your_access_token',
    },
    data=body.encode(),
)
print(response.text)
