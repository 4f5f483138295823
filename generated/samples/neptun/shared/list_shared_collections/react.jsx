import { useEffect, useState } from 'react';

export default function SharedListSharedCollections() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://neptun-webui.vercel.app/api/shared/collections', {
        method: 'GET',
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
