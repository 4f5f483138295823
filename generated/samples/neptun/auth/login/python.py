import requests

body = '{"email":"user@example.com","password":"your-password"}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/auth/login',
    headers={
        'Content-Type': 'application/json',
    },
    data=body.encode(),
)
print(response.text)
