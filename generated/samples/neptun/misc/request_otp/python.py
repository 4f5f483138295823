import requests

body = '{"action":"create","email":"user@example.com"}'

response = requests.post(
    'https://neptun-webui.vercel.app/auth/otp',
    headers={
        'Content-Type': 'application/json',
    },
    data=body.encode(),
)
print(response.text)
