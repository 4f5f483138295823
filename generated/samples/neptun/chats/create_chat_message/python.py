import requests

body = '{"message":"Hello, how can I help?","actor":"assistant"}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/456/chats/123/messages',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
