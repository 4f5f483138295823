#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/456/chats/123/messages' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"messages":[{"content":"What is Python?","role":"user"},{"content":"Python is a programming language...","role":"assistant"}]}'
