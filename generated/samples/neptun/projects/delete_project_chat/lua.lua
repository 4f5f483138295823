local http = require('ssl.https')
local ltn12 = require('ltn12')

local chunks = {}
local ok, err = http.request({
  url = 'https://neptun-webui.vercel.app/api/users/123/projects/12/chats/1',
  method = 'DELETE',
  headers = {
    ['Cookie'] = 'neptun-session=your-session-cookie',
  },
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
