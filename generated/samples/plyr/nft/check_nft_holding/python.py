import hashlib
import hmac
import time

import requests

secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + '{}'
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.get(
    'https://api.plyr.network/api/game/nft/count?plyrId=player1&gameId=game123&nft=0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6&chainId=62831',
    headers={
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
)
print(response.text)
