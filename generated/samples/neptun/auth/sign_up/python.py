import requests

body = '{"email":"user@example.com","password":"your-password"}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/auth/sign-up',
    headers={
        'Content-Type': 'application/json',
    },
    data=body.encode(),
)
print(response.text)
