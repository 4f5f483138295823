import hashlib
import hmac
import time

import requests

body = '{"plyrIds":["player1","player2"],"slugs":["first-win","first-win"]}'
secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + body
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.post(
    'https://api.plyr.network/api/game/badge/mint',
    headers={
        'Content-Type': 'application/json',
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
    data=body.encode(),
)
print(response.text)
