import requests

body = '{"name":"My Project","project_type":"web-site","programming_language":"typescript"}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/456/projects',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
