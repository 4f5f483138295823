import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/users/456/chats/123/shares',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
