#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/1/collections/1/templates' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"template":{"description":"Basic Docker deployment script","file_name":"docker-deploy.sh","neptun_user_id":1},"file":{"title":"Docker deploy script","text":"#!/bin/sh\ndocker compose up -d\n","language":"shell","extension":"sh","neptun_user_id":1}}'
