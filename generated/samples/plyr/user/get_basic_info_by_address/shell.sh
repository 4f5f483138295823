#!/usr/bin/env bash
secret='your_secret_key'
timestamp=$(( $(date +%s) * 1000 ))
signature=$(printf '%s%s' "$timestamp" '{}' | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')

curl 'https://api.plyr.network/api/user/basic/0x742d35Cc6634C0532925a3b844Bc454e4438f44e' \
  -H 'apikey: your_api_key' \
  -H 'signature: '"$signature" \
  -H 'timestamp: '"$timestamp"
