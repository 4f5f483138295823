import hashlib
import hmac
import time

import requests

secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + '{}'
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.get(
    'https://api.plyr.network/api/game/chip/info?gameId=game123&chip=0xa513E6E4b8f2a923D98304ec87F64353C4D5C853',
    headers={
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
)
print(response.text)
