import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/users/1/collections/1/templates/1',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
