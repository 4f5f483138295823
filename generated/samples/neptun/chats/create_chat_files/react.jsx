import { useEffect, useState } from 'react';

export default function ChatsCreateChatFiles() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"files":[{"text":"print(\'Hello\')","title":"example1.py","language":"python","extension":"py"},{"text":"console.log(\'Hello\')","title":"example2.js","language":"javascript","extension":"js"}]}';
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
