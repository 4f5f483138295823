#!/usr/bin/env bash
body='{"chips":["0xa513E6E4b8f2a923D98304ec87F64353C4D5C853"],"plyrIds":["player1"],"amounts":[25]}'
secret='your_secret_key'
timestamp=$(( $(date +%s) * 1000 ))
signature=$(printf '%s%s' "$timestamp" "$body" | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')

curl -X POST 'https://api.plyr.network/api/game/chip/burn' \
  -H 'Content-Type: application/json' \
  -H 'apikey: your_api_key' \
  -H 'signature: '"$signature" \
  -H 'timestamp: '"$timestamp" \
  --data-raw "$body"
