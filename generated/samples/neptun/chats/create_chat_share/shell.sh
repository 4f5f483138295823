#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/456/chats/123/shares' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{}'
