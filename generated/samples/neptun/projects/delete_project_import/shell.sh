#!/usr/bin/env bash
curl -X DELETE 'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/imports/123' \
  -H 'Cookie: neptun-session=your-session-cookie'
