#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/imports' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"source_type":"github","source_path":"username/repository"}'
