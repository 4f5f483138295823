#!/usr/bin/env bash
body='{"chips":["0xa513E6E4b8f2a923D98304ec87F64353C4D5C853"],"fromPlyrIds":["player1"],"toPlyrIds":["player2"],"amounts":[10]}'
secret='your_secret_key'
timestamp=$(( $(date +%s) * 1000 ))
signature=$(printf '%s%s' "$timestamp" "$body" | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')

curl -X POST 'https://api.plyr.network/api/game/chip/transfer' \
  -H 'Content-Type: application/json' \
  -H 'apikey: your_api_key' \
  -H 'signature: '"$signature" \
  -H 'timestamp: '"$timestamp" \
  --data-raw "$body"
