#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/1/collections' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"name":"My Templates","is_shared":false,"neptun_user_id":1}'
