import { useEffect, useState } from 'react';

export default function WalletsGetWallets() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112', {
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
