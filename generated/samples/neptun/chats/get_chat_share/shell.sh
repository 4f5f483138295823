#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/users/456/chats/123/shares' \
  -H 'Cookie: neptun-session=your-session-cookie'
