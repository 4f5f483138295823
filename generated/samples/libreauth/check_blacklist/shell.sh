#!/usr/bin/env bash
curl -X POST 'https://libreauth.nutexe.dev/api/1.3/' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-raw 'type=checkblacklist&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&hwid=S-1-5-21-1085031214-1563985344-725345543'
