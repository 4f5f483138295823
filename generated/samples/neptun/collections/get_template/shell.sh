#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/users/1/collections/1/templates/1' \
  -H 'Cookie: neptun-session=your-session-cookie'
