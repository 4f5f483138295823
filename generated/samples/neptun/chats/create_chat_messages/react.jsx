import { useEffect, useState } from 'react';

export default function ChatsCreateChatMessages() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"messages":[{"content":"What is Python?","role":"user"},{"content":"Python is a programming language...","role":"assistant"}]}';
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
