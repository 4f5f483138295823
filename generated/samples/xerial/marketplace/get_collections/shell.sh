#!/usr/bin/env bash
curl -X POST 'https://api.xerial.io/get_collections_from_project' \
  -H 'Content-Type: application/json' \
  --data-raw '{"projectId":"6601f93a3ff2ea0348edeb6a"}'
