local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{}'

local chunks = {}
local ok, err = http.request({
  url = 'https://wallet.xerial.io/api/user',
  method = 'POST',
  headers = {
    ['Content-Type'] = 'application/json',
    ['Authorization'] = 'Bearer your_access_token',
    ['Content-Length'] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
