import hashlib
import hmac
import time

import requests

secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + '{}'
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.get(
    'https://api.plyr.network/api/game/nft/balance?plyrId=player1&chainId=62831',
    headers={
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
)
print(response.text)
