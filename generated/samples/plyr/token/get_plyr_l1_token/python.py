import requests


response = requests.get(
    'https://api.plyr.network/api/tokenlist/plyr',
)
print(response.text)
