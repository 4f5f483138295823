import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/template-collections/123',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
