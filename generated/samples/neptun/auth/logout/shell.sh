#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/auth/logout' \
  -H 'Cookie: neptun-session=your-session-cookie'
