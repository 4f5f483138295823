import requests


response = requests.get(
    'https://neptun-webui.vercel.app/health',
)
print(response.text)
