#!/usr/bin/env bash
secret='your_secret_key'
timestamp=$(( $(date +%s) * 1000 ))
signature=$(printf '%s%s' "$timestamp" '{}' | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')

curl 'https://api.plyr.network/api/user/balance/player123' \
  -H 'apikey: your_api_key' \
  -H 'signature: '"$signature" \
  -H 'timestamp: '"$timestamp"
