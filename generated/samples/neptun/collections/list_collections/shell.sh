#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/users/1/collections' \
  -H 'Cookie: neptun-session=your-session-cookie'
