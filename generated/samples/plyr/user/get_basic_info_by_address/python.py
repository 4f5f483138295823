import hashlib
import hmac
import time

import requests

secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + '{}'
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.get(
    'https://api.plyr.network/api/user/basic/0x742d35Cc6634C0532925a3b844Bc454e4438f44e',
    headers={
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
)
print(response.text)
