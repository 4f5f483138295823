import requests

body = '{"messages":[{"content":"What is Python?","role":"user"},{"content":"Python is a programming language...","role":"assistant"}]}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/456/chats/123/messages',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
