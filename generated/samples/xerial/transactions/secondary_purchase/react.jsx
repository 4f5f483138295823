import { useEffect, useState } from 'react';

export default function TransactionsSecondaryPurchase() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"marketItemId":4}';
      const response = await fetch('https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/secondary-purchase', {
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
