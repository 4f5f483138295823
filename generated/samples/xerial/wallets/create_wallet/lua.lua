local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"type":"evm"}'

local chunks = {}
local ok, err = http.request({
  url = 'https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112',
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
