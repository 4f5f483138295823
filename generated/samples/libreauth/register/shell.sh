#!/usr/bin/env bash
curl -X POST 'https://libreauth.nutexe.dev/api/1.3/' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-raw 'type=register&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&username=alice&pass=correct-horse-battery&key=MyApp-7K2Q9-XW4ZB-P8M3T'
