import requests

body = '{}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/456/chats/123/shares',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
