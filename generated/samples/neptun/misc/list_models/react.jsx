import { useEffect, useState } from 'react';

export default function MiscListModels() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://neptun-webui.vercel.app/models', {
        method: 'GET',
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
