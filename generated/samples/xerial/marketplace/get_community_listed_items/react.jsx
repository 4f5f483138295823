import { useEffect, useState } from 'react';

export default function MarketplaceGetCommunityListedItems() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"studioAddress":"0xf48b45F70a16FdcCe76d3E494Cb979144D1Ca0A8","chain":"polygon"}';
      const response = await fetch('https://api.xerial.io/get_market_items', {
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
