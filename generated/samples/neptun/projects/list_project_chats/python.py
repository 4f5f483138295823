import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/users/123/projects/12/chats',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
