import { useEffect, useState } from 'react';

export default function ChatsDeleteChats() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"chat_ids":[1,2,3]}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/123/chats', {
        method: 'DELETE',
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
