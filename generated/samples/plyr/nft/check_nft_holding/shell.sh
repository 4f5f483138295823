#!/usr/bin/env bash
secret='your_secret_key'
timestamp=$(( $(date +%s) * 1000 ))
signature=$(printf '%s%s' "$timestamp" '{}' | openssl dgst -sha256 -hmac "$secret" | sed 's/^.*= //')

curl 'https://api.plyr.network/api/game/nft/count?plyrId=player1&gameId=game123&nft=0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6&chainId=62831' \
  -H 'apikey: your_api_key' \
  -H 'signature: '"$signature" \
  -H 'timestamp: '"$timestamp"
