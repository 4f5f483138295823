import requests

body = '{"messages":[{"role":"user","content":"Hello, how are you?"}]}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/ai/openrouter/deepseek-chat/chat?chat_id=123',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
