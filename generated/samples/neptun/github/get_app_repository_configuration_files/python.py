import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/github/app/accounts/583231/repositories/12345/configuration-files',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
