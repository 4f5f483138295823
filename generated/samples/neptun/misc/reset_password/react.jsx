import { useEffect, useState } from 'react';

export default function MiscResetPassword() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"otp":"12345","new_password":"newSecurePassword123"}';
      const response = await fetch('https://neptun-webui.vercel.app/user%40example.com/reset-password', {
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
