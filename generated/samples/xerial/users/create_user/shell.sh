#!/usr/bin/env bash
curl -X POST 'https://wallet.xerial.io/api/user' \
  -H 'Content-Type: application/json' \
  -H 'Authorization: Bearer your_access_token' \
  --data-raw '{}'
