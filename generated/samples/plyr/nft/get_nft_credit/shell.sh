#!/usr/bin/env bash
secret='your_secret_key'
timestamp=$(( $(date +%s) * 1000 ))
signature=$(printf '%s%s' "$timestamp" '{}' | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')

curl 'https://api.plyr.network/api/game/nft/credit' \
  -H 'apikey: your_api_key' \
  -H 'signature: '"$signature" \
  -H 'timestamp: '"$timestamp"
