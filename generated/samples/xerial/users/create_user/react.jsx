import { useEffect, useState } from 'react';

export default function UsersCreateUser() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{}';
      const response = await fetch('https://wallet.xerial.io/api/user', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Authorization': 'Bearer your_access_token',
        },
        body,
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
