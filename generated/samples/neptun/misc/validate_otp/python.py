import requests

body = '{"action":"validate","email":"user@example.com","otp":"12345","new_password":"newSecurePassword123"}'

response = requests.post(
    'https://neptun-webui.vercel.app/auth/otp',
    headers={
        'Content-Type': 'application/json',
    },
    data=body.encode(),
)
print(response.text)
