#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/456/chats/789/shares/123/whitelist-entries' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"emails":["alice@example.com","bob@example.com"]}'
