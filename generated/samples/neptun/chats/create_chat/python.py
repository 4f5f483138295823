import requests

body = '{"model":"google/gemma-2-27b-it","name":"New Chat"}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/123/chats',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
