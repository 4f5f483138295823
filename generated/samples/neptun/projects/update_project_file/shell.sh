#!/usr/bin/env bash
curl -X PUT 'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/files/123' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{}'
