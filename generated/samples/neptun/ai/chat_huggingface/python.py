import requests

body = '{"messages":[{"role":"user","content":"Hello, how are you?"}]}'

response = requests.post(
    'https://neptun-webui.vercel.app/api/ai/huggingface/qwen/Qwen2.5-72B-Instruct/chat?chat_id=123',
    headers={
        'Content-Type': 'application/json',
        'Cookie': 'neptun-session=your-session-cookie',
    },
    data=body.encode(),
)
print(response.text)
