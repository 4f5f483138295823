import { useEffect, useState } from 'react';

export default function MarketplaceGetCollections() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"projectId":"6601f93a3ff2ea0348edeb6a"}';
      const response = await fetch('https://api.xerial.io/get_collections_from_project', {
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
