import hashlib
import hmac
import time

import requests

body = '{"chips":["0xa513E6E4b8f2a923D98304ec87F64353C4D5C853","0xa513E6E4b8f2a923D98304ec87F64353C4D5C853"],"plyrIds":["player1","player2"],"amounts":[100,50]}'
secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + body
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.post(
    'https://api.plyr.network/api/game/chip/mint',
    headers={
        'Content-Type': 'application/json',
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
    data=body.encode(),
)
print(response.text)
