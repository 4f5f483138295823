import requests

body = '{"name":"Updated Chat Name"}'

response = requests.patch(
    'https://neptun-webui.vercel.app/api/users/123/chats/1',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
