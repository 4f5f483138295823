import { useEffect, useState } from 'react';

export default function MiscValidateOtp() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"action":"validate","email":"user@example.com","otp":"12345","new_password":"newSecurePassword123"}';
      const response = await fetch('https://neptun-webui.vercel.app/auth/otp', {
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
