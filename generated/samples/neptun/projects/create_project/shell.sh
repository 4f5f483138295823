#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/456/projects' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"name":"My Project","project_type":"web-site","programming_language":"typescript"}'
