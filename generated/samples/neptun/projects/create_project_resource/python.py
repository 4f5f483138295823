import requests

body = '{}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/user-files',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
