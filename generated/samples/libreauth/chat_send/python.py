import requests

body = 'type=chatsend&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&message=Anyone+else+on+the+new+build%3F&channel=general'

response = requests.post(
    'https://libreauth.nutexe.dev/api/1.3/',
    headers={
        'Content-Type': 'application/x-www-form-urlencoded',
    },
    data=body.encode(),
)
print(response.text)
