import requests

body = '{"otp":"12345","new_password":"newSecurePassword123"}'

response = requests.post(
    'https://neptun-webui.vercel.app/user%40example.com/reset-password',
    headers={
        'Content-Type': 'application/json',
    },
    data=body.encode(),
)
print(response.text)
