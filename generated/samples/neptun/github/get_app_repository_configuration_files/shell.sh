#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/github/app/accounts/583231/repositories/12345/configuration-files' \
  -H 'Cookie: neptun-session=your-session-cookie'
