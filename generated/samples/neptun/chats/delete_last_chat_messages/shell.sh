#!/usr/bin/env bash
curl -X DELETE 'https://neptun-webui.vercel.app/api/users/456/chats/123/messages/last' \
  -H 'Cookie: neptun-session=your-session-cookie'
