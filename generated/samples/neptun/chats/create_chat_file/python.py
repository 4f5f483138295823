import requests

body = '{"text":"print(\'Hello, World!\')","title":"example.py","language":"python","extension":"py"}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/789/chats/123/files/456',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
