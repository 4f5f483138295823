import { useEffect, useState } from 'react';

export default function ChatsCreateChat() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"model":"google/gemma-2-27b-it","name":"New Chat"}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/123/chats', {
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
