import { useEffect, useState } from 'react';

export default function ProjectsCreateProjectChat() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"model":"google/gemma-2-27b-it","name":"Project Discussion"}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/123/projects/12/chats', {
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
