local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"files":[{"text":"print(\'Hello\')","title":"example1.py","language":"python","extension":"py"},{"text":"console.log(\'Hello\')","title":"example2.js","language":"javascript","extension":"js"}]}'

local chunks = {}
local ok, err = http.request({
  url = 'https://neptun-webui.vercel.app/api/users/789/chats/123/files/456',
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
