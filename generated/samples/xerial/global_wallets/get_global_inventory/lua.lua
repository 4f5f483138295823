local http = require('ssl.https')
local ltn12 = require('ltn12')

local chunks = {}
local ok, err = http.request({
  url = 'https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/global-inventory',
  method = 'GET',
  headers = {
    ['Authorization'] = 'Bearer your_access_token',
  },
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
