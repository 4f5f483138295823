import { useEffect, useState } from 'react';

export default function UsersUpdateUser() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/123', {
        method: 'PATCH',
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
