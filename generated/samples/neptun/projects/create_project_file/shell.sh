#!/usr/bin/env bash
curl -X POST 'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/files' \
  -H 'Content-Type: application/json' \
  -H 'Cookie: neptun-session=your-session-cookie' \
  --data-raw '{"title":"My Source File","original_path":"/src/components/App.tsx","context_file_category":"source","context_file_type":"component","text":"export const App = () => <div>Hello World</div>\n"}'
