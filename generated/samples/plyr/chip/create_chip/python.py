import hashlib
import hmac
import time

import requests

body = '{"name":"Gold Coin","symbol":"GOLD","image":"https://ipfs.plyr.network/ipfs/QmW2WQi7j6c7UgJTarActp7tDNikE4B2qXtFCfLPdsgaTQ"}'
secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + body
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.post(
    'https://api.plyr.network/api/game/chip/create',
    headers={
        'Content-Type': 'application/json',
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
    data=body.encode(),
)
print(response.text)
