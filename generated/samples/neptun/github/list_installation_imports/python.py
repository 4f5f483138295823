import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/users/123/installations/67890/imports',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
