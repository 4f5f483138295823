local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"type":"CONTRACT_EXECUTION","to":"0xdc71b72db51e227e65a45004ab2798d31e8934c9","value":0}'

local chunks = {}
local ok, err = http.request({
  url = 'https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transaction',
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
