import requests

body = 'type=check&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id'

response = requests.post(
    'https://libreauth.nutexe.dev/api/1.3/',
    headers={
        'Content-Type': 'application/x-www-form-urlencoded',
    },
    data=body.encode(),
)
print(response.text)
