import requests

body = 'type=upgrade&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&username=alice&key=MyApp-3HJ8R-QZ6VN-L2W9K'

response = requests.post(
    'https://libreauth.nutexe.dev/api/1.3/',
    headers={
        'Content-Type': 'application/x-www-form-urlencoded',
    },
    data=body.encode(),
)
print(response.text)
