import { useEffect, useState } from 'react';

export default function TokenGetPlyrL1TokenList() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://api.plyr.network/api/tokenlist', {
        method: 'GET',
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
