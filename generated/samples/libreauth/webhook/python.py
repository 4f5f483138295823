import requests

body = 'type=webhook&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&webid=HDb5HiwOSM&params=%2Fstatus%3Fuser%3Dalice'

response = requests.post(
    'https://libreauth.nutexe.dev/api/1.3/',
    headers={
        'Content-Type': 'application/x-www-form-urlencoded',
    },
    data=body.encode(),
)
print(response.text)
