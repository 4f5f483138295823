import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/users/123/cli',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
