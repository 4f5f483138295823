#!/usr/bin/env bash
body='{"sessionJwt":"eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJwbHlySWQiOiJwbGF5ZXIxIn0.c2lnbmF0dXJl"}'
secret='your_secret_key'
timestamp=$(( $(date +%s) * 1000 ))
signature=$(printf '%s%s' "$timestamp" "$body" | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')

curl -X POST 'https://api.plyr.network/api/user/logout' \
  -H 'Content-Type: application/json' \
  -H 'apikey: your_api_key' \
  -H 'signature: '"$signature" \
  -H 'timestamp: '"$timestamp" \
  --data-raw "$body"
