import { useEffect, useState } from 'react';

export default function GlobalWalletsGetUserWalletInfo() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://wallet.xerial.io/api/user', {
        method: 'GET',
        headers: {
          'Authorization': 'Bearer your_access_token',
        },
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
