import requests

body = 'type=log&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&pcuser=DESKTOP-USER&message=User+opened+the+settings+page'

response = requests.post(
    'https://libreauth.nutexe.dev/api/1.3/',
    headers={
        'Content-Type': 'application/x-www-form-urlencoded',
    },
    data=body.encode(),
)
print(response.text)
