import { useEffect, useState } from 'react';

export default function AuthCheck() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://neptun-webui.vercel.app/api/auth/check', {
        method: 'HEAD',
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
