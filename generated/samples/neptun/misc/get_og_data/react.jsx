import { useEffect, useState } from 'react';

export default function MiscGetOgData() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://neptun-webui.vercel.app/api/og/https%3A%2F%2Fexample.com', {
        method: 'GET',
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
