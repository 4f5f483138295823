#!/usr/bin/env bash
curl -X POST 'https://api.xerial.io/get_collection_from_project' \
  -H 'Content-Type: application/json' \
  --data-raw '{"studioAddress":"0xf48b45F70a16FdcCe76d3E494Cb979144D1Ca0A8"}'
