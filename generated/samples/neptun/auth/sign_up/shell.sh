#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/auth/sign-up' \
  -H 'Content-Type: application/json' \
  --data-raw '{"email":"user@example.com","password":"your-password"}'
