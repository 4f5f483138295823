import hashlib
import hmac
import time

import requests

body = '{"roomId":"42","sessionJwts":["eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIxIn0.c2ln","eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIyIn0.c2ln"]}'
secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + body
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.post(
    'https://api.plyr.network/api/game/join',
    headers={
        'Content-Type': 'application/json',
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
    data=body.encode(),
)
print(response.text)
