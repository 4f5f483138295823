import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/html-to-markdown/https%3A%2F%2Fexample.com',
)
print(response.text)
