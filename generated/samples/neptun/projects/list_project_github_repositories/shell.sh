#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/users/456/projects/123/resources/github-repositories' \
  -H 'Cookie: neptun-session=your-session-cookie'
