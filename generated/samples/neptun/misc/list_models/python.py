import requests


response = requests.get(
    'https://neptun-webui.vercel.app/models',
)
print(response.text)
