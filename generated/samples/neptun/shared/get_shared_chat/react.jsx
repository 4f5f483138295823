import { useEffect, useState } from 'react';

export default function SharedGetSharedChat() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://neptun-webui.vercel.app/api/shared/chats/550e8400-e29b-41d4-a716-446655440000', {
        method: 'GET',
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
