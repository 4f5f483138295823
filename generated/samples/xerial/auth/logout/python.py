import requests

body = '{"refreshToken":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZWJhYzUzNDk1NGI1NDEzOTgwNmMxMTIiLCJpYXQiOjE1ODkyOTg0ODQsImV4cCI6MTU4OTMwMDI4NH0.m1U63blB0MLej_WfB7yC2FTMnCziif9X8yzwDEfJXAg"}'

response = requests.post(
    'https://wallet.xerial.io/api/auth/logout',
    headers={
        'Content-Type': 'application/json',
    },
    data=body.encode(),
)
print(response.text)
