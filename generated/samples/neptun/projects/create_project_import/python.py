import requests

body = '{"source_type":"github","source_path":"username/repository"}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/imports',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
