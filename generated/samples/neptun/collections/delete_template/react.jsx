import { useEffect, useState } from 'react';

export default function CollectionsDeleteTemplate() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://neptun-webui.vercel.app/api/users/1/collections/1/templates/1', {
        method: 'DELETE',
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
