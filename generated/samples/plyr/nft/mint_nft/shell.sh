#!/usr/bin/env bash
body='{"nfts":["0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6"],"addresses":["0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"],"chainId":62831}'
secret='your_secret_key'
timestamp=$(( $(date +%s) * 1000 ))
signature=$(printf '%s%s' "$timestamp" "$body" | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')

curl -X POST 'https://api.plyr.network/api/game/nft/mint' \
  -H 'Content-Type: application/json' \
  -H 'apikey: your_api_key' \
  -H 'signature: '"$signature" \
  -H 'timestamp: '"$timestamp" \
  --data-raw "$body"
