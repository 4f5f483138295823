local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"model":"google/gemma-2-27b-it","name":"New Chat"}'

local chunks = {}
local ok, err = http.request({
  url = 'https://neptun-webui.vercel.app/api/users/123/chats',
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
