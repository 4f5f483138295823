import requests

body = '{"amount":1.5,"to":"0x8e9DD3c1Db3254d968967CbC367542C343273629"}'

response = requests.post(
    'https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transfer-eth',
    headers={
        'Content-Type': 'application/json',
        'Authorization': 'Bearer your_access_token',
    },
    data=body.encode(),
)
print(response.text)
