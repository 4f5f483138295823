#!/usr/bin/env bash
curl 'https://wallet.xerial.io/api/user' \
  -H 'Authorization: Bearer your_access_token'
