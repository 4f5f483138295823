#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/imports' \
  -H 'Cookie: neptun-session=your-session-cookie'
