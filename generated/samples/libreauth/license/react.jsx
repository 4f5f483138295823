import { useEffect, useState } from 'react';
import { LibreAuth } from 'libreauth';

export default function License() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const app = new LibreAuth('MyApp', 'XXXXXXXXXX', '1.0', process.env.REACT_APP_API_URL ?? 'https://libreauth.nutexe.dev/api/1.3/');
      await app.Init();
      setResult(JSON.stringify(await app.License('MyApp-7K2Q9-XW4ZB-P8M3T')));
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
