#!/usr/bin/env bash
curl --head 'https://neptun-webui.vercel.app/api/auth/check' \
  -H 'Cookie: neptun-session=your-session-cookie'
