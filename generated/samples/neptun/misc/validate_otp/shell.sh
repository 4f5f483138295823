#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/auth/otp' \
  -H 'Content-Type: application/json' \
  --data-raw '{"action":"validate","email":"user@example.com","otp":"12345","new_password":"newSecurePassword123"}'
