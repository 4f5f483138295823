import hashlib
import hmac
import time

import requests

body = '{"nfts":["0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6"],"fromAddresses":["0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"],"toAddresses":["0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"],"tokenIds":["7"],"chainId":62831}'
secret = 'your_secret_key'
timestamp = str(int(time.time() * 1000))
message = timestamp + body
signature = hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()

response = requests.post(
    'https://api.plyr.network/api/game/nft/transfer',
    headers={
        'Content-Type': 'application/json',
        'apikey': 'your_api_key',
        'signature': signature,
        'timestamp': timestamp,
    },
    data=body.encode(),
)
print(response.text)
