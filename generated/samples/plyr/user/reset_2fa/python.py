import hashlib
import hmac
import time

import requests

body = '{"plyrId":"player123","signature":"0x4a5c1d3e8f2b7a6c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c1b","secret":"JBSWY3DPEHPK3PXP"}'
secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + body
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.post(
    'https://api.plyr.network/api/user/reset2fa',
    headers={
        'Content-Type': 'application/json',
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
    data=body.encode(),
)
print(response.text)
