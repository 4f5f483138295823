import { useEffect, useState } from 'react';

export default function ChatsCreateShareWhitelistEntries() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"emails":["alice@example.com","bob@example.com"]}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/456/chats/789/shares/123/whitelist-entries', {
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
