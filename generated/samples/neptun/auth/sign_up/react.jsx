import { useEffect, useState } from 'react';

export default function AuthSignUp() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"email":"user@example.com","password":"your-password"}';
      const response = await fetch('https://neptun-webui.vercel.app/api/auth/sign-up', {
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
