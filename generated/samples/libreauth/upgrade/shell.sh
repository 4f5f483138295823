#!/usr/bin/env bash
curl -X POST 'https://libreauth.nutexe.dev/api/1.3/' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-raw 'type=upgrade&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&username=alice&key=MyApp-3HJ8R-QZ6VN-L2W9K'
