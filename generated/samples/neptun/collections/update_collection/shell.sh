#!/usr/bin/env bash
curl -X PATCH 'https://neptun-webui.vercel.app/api/users/1/collections/1' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{}'
