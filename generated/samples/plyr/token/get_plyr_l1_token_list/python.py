import requests


response = requests.get(
    'https://api.plyr.network/api/tokenlist',
)
print(response.text)
