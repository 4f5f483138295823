import { useEffect, useState } from 'react';

export default function ProjectsCreateProject() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"name":"My Project","project_type":"web-site","programming_language":"typescript"}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/456/projects', {
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
