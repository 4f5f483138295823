import { useEffect, useState } from 'react';

export default function ProjectsCreateProjectFile() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const body = '{"title":"My Source File","original_path":"/src/components/App.tsx","context_file_category":"source","context_file_type":"component","text":"export const App = () => <div>Hello World<\/div>\\n"}';
      const response = await fetch('https://neptun-webui.vercel.app/api/users/456/projects/789/resources/files', {
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
