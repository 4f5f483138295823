import requests

body = 'type=2fadisable&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&code=123456'

response = requests.post(
    'https://libreauth.nutexe.dev/api/1.3/',
    headers={
        'Content-Type': 'application/x-www-form-urlencoded',
    },
    data=body.encode(),
)
print(response.text)
