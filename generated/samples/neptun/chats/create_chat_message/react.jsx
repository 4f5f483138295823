import { useEffect, useState } from 'react';

export default function ChatsCreateChatMessage() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"message":"Hello, how can I help?","actor":"assistant"}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/456/chats/123/messages', {
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
