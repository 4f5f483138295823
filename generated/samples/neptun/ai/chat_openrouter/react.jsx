import { useEffect, useState } from 'react';

export default function AiChatOpenrouter() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"messages":[{"role":"user","content":"Hello, how are you?"}]}';
      const response = await fetch('https://neptun-webui.vercel.app/api/ai/openrouter/deepseek-chat/chat?chat_id=123', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Cookie': 'neptun-session=your-session-cookie',
        },
        body,
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
