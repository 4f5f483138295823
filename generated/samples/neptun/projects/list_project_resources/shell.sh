#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/user-files' \
  -H 'Cookie: neptun-session=your-session-cookie'
