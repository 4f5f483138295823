import { useEffect, useState } from 'react';

export default function CollectionsCreateTemplate() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"template":{"description":"Basic Docker deployment script","file_name":"docker-deploy.sh","neptun_user_id":1},"file":{"title":"Docker deploy script","text":"#!/bin/sh\\ndocker compose up -d\\n","language":"shell","extension":"sh","neptun_user_id":1}}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/1/collections/1/templates', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Cookie': 'neptun-session=your-session-cookie',
        },
        body,
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
