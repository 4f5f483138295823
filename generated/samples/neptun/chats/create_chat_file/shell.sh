#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/789/chats/123/files/456' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"text":"print('\''Hello, World!'\'')","title":"example.py","language":"python","extension":"py"}'
