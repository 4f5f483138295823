import requests

body = 'type=register&name=MyApp&ownerid=XXXXXXXXXX&sessionid=your_session_id&username=alice&pass=correct-horse-battery&key=MyApp-7K2Q9-XW4ZB-P8M3T'

response = requests.post(
    'https://libreauth.nutexe.dev/api/1.3/',
    headers={
        'Content-Type': 'application/x-www-form-urlencoded',
    },
    data=body.encode(),
)
print(response.text)
