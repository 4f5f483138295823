import requests

body = 'type=init&name=MyApp&ownerid=XXXXXXXXXX&ver=1.0'

response = requests.post(
    'https://libreauth.nutexe.dev/api/1.3/',
    headers={
        'Content-Type': 'application/x-www-form-urlencoded',
    },
    data=body.encode(),
)
print(response.text)
