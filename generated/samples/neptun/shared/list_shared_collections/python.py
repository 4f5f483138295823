import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/shared/collections',
)
print(response.text)
