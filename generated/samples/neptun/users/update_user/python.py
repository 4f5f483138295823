import requests

body = '{}'

response = requests.patch(
    'https://neptun-webui.vercel.app/api/users/123',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
