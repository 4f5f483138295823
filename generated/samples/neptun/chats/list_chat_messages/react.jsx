import { useEffect, useState } from 'react';

export default function ChatsListChatMessages() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://neptun-webui.vercel.app/api/users/456/chats/123/messages', {
        method: 'GET',
        headers: {
          'Cookie': 'neptun-session=your-session-cookie',
        },
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
