import { useEffect, useState } from 'react';

/**
 * Lowercase hex HMAC-SHA256 of `message`, keyed with `secret` (Web Crypto).
 * @param {string} secret
 * @param {string} message
 * @returns {Promise<string>}
 */
async function hmacSha256Hex(secret, message) {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const digest = await crypto.subtle.sign('HMAC', key, encoder.encode(message));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export default function UserDiscardSessionBySignature() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"plyrId":"player123","gameId":"game123","signature":"0x4a5c1d3e8f2b7a6c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c1b"}';
      const secret = 'your_secret_key';
      const timestamp = String(Date.now());
      const signature = await hmacSha256Hex(secret, timestamp + body);
      const response = await fetch('https://api.plyr.network/api/user/session/discardBySignature', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'apikey': 'your_api_key',
          'signature': signature,
          'timestamp': timestamp,
        },
        body,
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
