local http = require('ssl.https')
local ltn12 = require('ltn12')

local chunks = {}
local ok, err = http.request({
  url = 'https://api.plyr.network/api/tokenlist/plyr',
  method = 'GET',
  headers = {
  },
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
