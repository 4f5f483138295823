import { useEffect, useState } from 'react';

export default function WalletsCreateWallet() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"type":"evm"}';
      const response = await fetch('https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112', {
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
