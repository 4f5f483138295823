import requests

body = '{"files":[{"text":"print(\'Hello\')","title":"example1.py","language":"python","extension":"py"},{"text":"console.log(\'Hello\')","title":"example2.js","language":"javascript","extension":"js"}]}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/789/chats/123/files/456',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
