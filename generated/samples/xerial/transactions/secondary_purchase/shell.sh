#!/usr/bin/env bash
curl -X POST 'https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/secondary-purchase' \
  -H 'Content-Type: application/json' \
  -H 'Authorization: Bearer your_access_token' \
  --data-raw '{"marketItemId":4}'
