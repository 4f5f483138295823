import { useEffect, useState } from 'react';

export default function WalletsGetChainNativeCurrencyBalance() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/eth', {
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
