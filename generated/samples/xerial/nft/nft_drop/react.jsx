import { useEffect, useState } from 'react';

export default function NftNftDrop() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"collectionAddress":"0xf6797c479c7b18de2ea7493291d5f21fede8ff29","typeId":2,"quantity":1,"to":"0x8e9DD3c1Db3254d968967CbC367542C343273629"}';
      const response = await fetch('https://wallet.xerial.io/api/nft/polygon/drop', {
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
