import { useEffect, useState } from 'react';

export default function MiscRequestOtp() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"action":"create","email":"user@example.com"}';
      const response = await fetch('https://neptun-webui.vercel.app/auth/otp', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
        },
        body,
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
