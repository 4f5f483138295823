local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"studioAddress":"0xf48b45F70a16FdcCe76d3E494Cb979144D1Ca0A8","chain":"polygon"}'

local chunks = {}
local ok, err = http.request({
  url = 'https://api.xerial.io/get_market_items',
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
