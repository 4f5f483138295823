#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/users/456/chats/123/messages' \
  -H 'Cookie: neptun-session=your-session-cookie'
