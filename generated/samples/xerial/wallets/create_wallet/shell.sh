#!/usr/bin/env bash
curl -X POST 'https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112' \
  -H 'Content-Type: application/json' \
  -H 'Authorization: Bearer your_access_token' \
  --data-raw '{"type":"evm"}'
