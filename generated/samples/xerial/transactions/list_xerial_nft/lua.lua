local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"collectionAddress":"0xf6797c479c7b18de2ea7493291d5f21fede8ff29","tokenId":2,"price":1}'

local chunks = {}
local ok, err = http.request({
  url = 'https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/list-nft',
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
