local http = require('ssl.https')
local ltn12 = require('ltn12')

local chunks = {}
local ok, err = http.request({
  url = 'https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112',
  method = 'GET',
  headers = {
    ['Authorization'] = 'Bearer your_access_token',
  },
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
