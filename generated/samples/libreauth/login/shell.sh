#!/usr/bin/env bash
curl -X POST 'https://libreauth.nutexe.dev/api/1.3/' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-raw 'type=login&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&username=alice&pass=correct-horse-battery'
