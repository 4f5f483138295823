import requests


response = requests.get(
    'https://libreauth.nutexe.dev/health',
)
print(response.text)
