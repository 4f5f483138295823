#!/usr/bin/env bash
curl -X POST 'https://libreauth.nutexe.dev/api/1.3/' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-raw 'type=webhook&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&webid=HDb5HiwOSM&params=%2Fstatus%3Fuser%3Dalice'
