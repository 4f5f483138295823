import requests


response = requests.delete(
    'https://neptun-webui.vercel.app/api/users/123/projects/12/chats/1',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
