#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/123/chats' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"model":"google/gemma-2-27b-it","name":"New Chat"}'
