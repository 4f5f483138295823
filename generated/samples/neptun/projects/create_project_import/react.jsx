import { useEffect, useState } from 'react';

export default function ProjectsCreateProjectImport() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"source_type":"github","source_path":"username/repository"}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/456/projects/789/resources/imports', {
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
