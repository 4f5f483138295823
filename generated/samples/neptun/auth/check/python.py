import requests


response = requests.head(
    'https://neptun-webui.vercel.app/api/auth/check',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
