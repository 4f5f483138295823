import requests

body = '{"studioAddress":"0xf48b45F70a16FdcCe76d3E494Cb979144D1Ca0A8","chain":"polygon"}'

response = requests.post(
    'https://api.xerial.io/get_market_items',
    headers={
        'Content-Type': 'application/json',
    },
    data=body.encode(),
)
print(response.text)
