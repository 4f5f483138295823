import requests


response = requests.get(
    'https://neptun-webui.vercel.app/api/github/accounts/octocat/repositories/my-repository/configuration-files',
    headers={
        'Cookie': 'neptun-session=your-session-cookie',
    },
)
print(response.text)
