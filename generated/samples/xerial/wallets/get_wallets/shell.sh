#!/usr/bin/env bash
curl 'https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112' \
  -H 'Authorization: Bearer your_access_token'
