import requests

body = '{"emails":["alice@example.com","bob@example.com"]}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/456/chats/789/shares/123/whitelist-entries',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
