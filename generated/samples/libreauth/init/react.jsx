import { useEffect, useState } from 'react';
import { LibreAuth } from 'libreauth';

export default function Init() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const app = new LibreAuth('MyApp', 'XXXXXXXXXX', '1.0', process.env.REACT_APP_API_URL ?? 'https://libreauth.nutexe.dev/api/1.3/');
      setResult(JSON.stringify(await app.Init()));
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
