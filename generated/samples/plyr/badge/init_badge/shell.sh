#!/usr/bin/env bash
secret='your_secret_key'
timestamp=$(( $(date +%s) * 1000 ))
signature=$(printf '%s%s' "$timestamp" '{}' | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')

curl -X POST 'https://api.plyr.network/api/game/badge/init' \
  -H 'apikey: your_api_key' \
  -H 'signature: '"$signature" \
  -H 'timestamp: '"$timestamp"
