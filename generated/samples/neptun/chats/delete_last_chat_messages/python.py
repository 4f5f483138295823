import requests


response = requests.delete(
    'https://neptun-webui.vercel.app/api/users/456/chats/123/messages/last',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
