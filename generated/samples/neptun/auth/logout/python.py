import requests


response = requests.post(
    'https://neptun-webui.vercel.app/api/auth/logout',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
