import { useEffect, useState } from 'react';

export default function CollectionsCreateCollection() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"name":"My Templates","is_shared":false,"neptun_user_id":1}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/1/collections', {
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
