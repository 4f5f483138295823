local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"title":"My Source File","original_path":"/src/components/App.tsx","context_file_category":"source","context_file_type":"component","text":"export const App = () => <div>Hello World</div>\\n"}'

local chunks = {}
local ok, err = http.request({
  url = 'https://neptun-webui.vercel.app/api/users/456/projects/789/resources/files',
  method = 'POST',
  headers = {
    ['Content-Type'] = 'application/json',
    ['Cookie'] = 'neptun-session=your-session-cookie',
    ['Content-Length'] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
