import { useEffect, useState } from 'react';

export default function MarketplaceGetListedNfts() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"projectId":"6601f93a3ff2ea0348edeb6a","chain":"polygon"}';
      const response = await fetch('https://api.xerial.io/get_listed_nfts', {
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
