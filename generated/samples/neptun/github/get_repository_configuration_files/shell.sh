#!/usr/bin/env bash
curl 'https://neptun-webui.vercel.app/api/github/accounts/octocat/repositories/my-repository/configuration-files' \
  -H 'Cookie: neptun-session=your-session-cookie'
