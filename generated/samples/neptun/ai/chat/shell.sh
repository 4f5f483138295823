#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/ai/cloudflare/llama-3.3-70b-instruct-fp8-fast/chat?chat_id=123' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"messages":[{"role":"user","content":"Hello, how are you?"}]}'
