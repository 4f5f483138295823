#!/usr/bin/env bash
curl -X POST 'https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transfer-eth' \
  -H 'Content-Type: application/json' \
  -H 'Authorization: Bearer your_access_token' \
  --data-raw '{"amount":1.5,"to":"0x8e9DD3c1Db3254d968967CbC367542C343273629"}'
