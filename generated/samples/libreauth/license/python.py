import requests

body = 'type=license&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&key=MyApp-7K2Q9-XW4ZB-P8M3T'

response = requests.post(
    'https://libreauth.nutexe.dev/api/1.3/',
    headers={
        'Content-Type': 'application/x-www-form-urlencoded',
    },
    data=body.encode(),
)
print(response.text)
