import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/users/789/chats/123/files',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
