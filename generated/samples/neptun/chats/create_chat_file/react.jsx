import { useEffect, useState } from 'react';

export default function ChatsCreateChatFile() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"text":"print(\'Hello, World!\')","title":"example.py","language":"python","extension":"py"}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/789/chats/123/files/456', {
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
