import requests

body = 'type=checkblacklist&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&hwid=S-1-5-21-1085031214-1563985344-725345543'

response = requests.post(
    'https://libreauth.nutexe.dev/api/1.3/',
    headers={
        'Content-Type': 'application/x-www-form-urlencoded',
    },
    data=body.encode(),
)
print(response.text)
