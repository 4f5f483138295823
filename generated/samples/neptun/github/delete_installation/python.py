import requests


response = requests.delete(
    'https://neptun-webui.vercel.app/api/users/123/installations/1',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
