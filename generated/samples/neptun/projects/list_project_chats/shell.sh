#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/users/123/projects/12/chats' \
  -H 'Cookie: neptun-session=your-session-cookie'
