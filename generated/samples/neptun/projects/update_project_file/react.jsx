import { useEffect, useState } from 'react';

export default function ProjectsUpdateProjectFile() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/456/projects/789/resources/files/123', {
        method: 'PUT',
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
