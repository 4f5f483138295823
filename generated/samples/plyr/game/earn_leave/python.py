import hashlib
import hmac
import time

import requests

body = '{"roomId":"42","plyrIds":["player1","player1","player2"],"tokens":["TOKEN1","TOKEN2","TOKEN1"],"amounts":[100,50,75]}'
secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + body
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.post(
    'https://api.plyr.network/api/game/earnLeave',
    headers={
        'Content-Type': 'application/json',
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
    data=body.encode(),
)
print(response.text)
