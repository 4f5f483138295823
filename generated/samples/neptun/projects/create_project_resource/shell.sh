#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/user-files' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{}'
