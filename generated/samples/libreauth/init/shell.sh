#!/usr/bin/env bash
curl -X POST 'https://libreauth.nutexe.dev/api/1.3/' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-raw 'type=init&name=MyApp&ownerid=XXXXXXXXXX&ver=1.0'
