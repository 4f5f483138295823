local http = require('ssl.https')
local ltn12 = require('ltn12')

local chunks = {}
local ok, err = http.request({
  url = 'https://neptun-webui.vercel.app/api/shared/chats/550e8400-e29b-41d4-a716-446655440000',
  method = 'GET',
  headers = {
  },
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
