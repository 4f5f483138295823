#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/auth/otp' \
  -H 'Content-Type: application/json' \
  --data-raw '{"action":"create","email":"user@example.com"}'
