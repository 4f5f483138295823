import requests


response = requests.delete(
    'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/chat-conversations/123',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
