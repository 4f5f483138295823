#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/users/789/chats/123/files' \
  -H 'Cookie: neptun-session=your-session-cookie'
