#!/usr/bin/env bash
curl -X POST 'https://libreauth.nutexe.dev/api/1.3/' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-raw 'type=chatsend&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&message=Anyone+else+on+the+new+build%3F&channel=general'
