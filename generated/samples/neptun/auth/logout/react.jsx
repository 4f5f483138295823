import { useEffect, useState } from 'react';

export default function AuthLogout() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://neptun-webui.vercel.app/api/auth/logout', {
        method: 'POST',
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
