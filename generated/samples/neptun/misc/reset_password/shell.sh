#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/user%40example.com/reset-password' \
  -H 'Content-Type: application/json' \
  --data-raw '{"otp":"12345","new_password":"newSecurePassword123"}'
