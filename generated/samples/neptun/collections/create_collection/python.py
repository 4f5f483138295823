import requests

body = '{"name":"My Templates","is_shared":false,"neptun_user_id":1}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/users/1/collections',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
