import requests

body = '{"chat_ids":[1,2]}'

response = requests.delete(
    'https://neptun-webui.vercel.app/api/users/123/projects/12/chats',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
