#!/usr/bin/env bash
curl -X DELETE 'https://neptun-webui.vercel.app/api/users/123/chats' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"chat_ids":[1,2,3]}'
