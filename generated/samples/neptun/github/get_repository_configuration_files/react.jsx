import { useEffect, useState } from 'react';

export default function GithubGetRepositoryConfigurationFiles() {
  const [result, setResult] = useState('');

  useEffect(() => {
    async function send() {
      const response = await fetch('https://neptun-webui.vercel.app/api/github/accounts/octocat/repositories/my-repository/configuration-files', {
        method: 'GET',
        headers: {
          'Cookie': 'neptun-session=your-session-cookie',
        },
      });
      setResult(await response.text());
    }
    send();
  }, []);

  return <pre>{result}</pre>;
}
