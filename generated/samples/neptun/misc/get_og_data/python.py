import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/og/https%3A%2F%2Fexample.com',
)
print(response.text)
