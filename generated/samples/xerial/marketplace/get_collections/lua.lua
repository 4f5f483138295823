local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"projectId":"6601f93a3ff2ea0348edeb6a"}'

local chunks = {}
local ok, err = http.request({
  url = 'https://api.xerial.io/get_collections_from_project',
  method = 'POST',
  headers = {
    ['Content-Type'] = 'application/json',
    ['Content-Length'] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
