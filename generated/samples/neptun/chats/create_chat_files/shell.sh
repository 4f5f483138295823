#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/789/chats/123/files/456' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"files":[{"text":"print('\''Hello'\'')","title":"example1.py","language":"python","extension":"py"},{"text":"console.log('\''Hello'\'')","title":"example2.js","language":"javascript","extension":"js"}]}'
