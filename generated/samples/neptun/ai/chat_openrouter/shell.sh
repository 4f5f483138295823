#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/ai/openrouter/deepseek-chat/chat?chat_id=123' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"messages":[{"role":"user","content":"Hello, how are you?"}]}'
