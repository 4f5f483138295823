#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/users/123/installations' \
  -H 'Cookie: neptun-session=your-session-cookie'
