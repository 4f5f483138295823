import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/users/456/projects/123/context',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
