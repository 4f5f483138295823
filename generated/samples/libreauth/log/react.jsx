import { useEffect, useState } from 'react';
import { LibreAuth } from 'libreauth';

export default function Log() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const app = new LibreAuth('MyApp', 'XXXXXXXXXX', '1.0', process.env.REACT_APP_API_URL ?? 'https://libreauth.nutexe.dev/api/1.3/');
      await app.Init();
      setResult(JSON.stringify(await app.Log('DESKTOP-USER', 'User opened the settings page')));
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
