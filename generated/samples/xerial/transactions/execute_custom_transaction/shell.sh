#!/usr/bin/env bash
curl -X POST 'https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transaction' \
  -H 'Content-Type: application/json' \
  -H 'Authorization: Bearer your_access_token' \
  --data-raw '{"type":"CONTRACT_EXECUTION","to":"0xdc71b72db51e227e65a45004ab2798d31e8934c9","value":0}'
