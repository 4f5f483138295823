local http = require('ssl.https')
local ltn12 = require('ltn12')
local hmac = require('openssl.hmac')

local secret = 'your_secret_key'
local timestamp = string.format('%d', os.time() * 1000)
local digest = hmac.new(secret, 'sha256'):final(timestamp .. '{}')
local signature = digest:gsub('.', function(c) return string.format('%02x', c:byte()) end)

local chunks = {}
local ok, err = http.request({
  url = 'https://api.plyr.network/api/game/nft/info?chainId=62831',
  method = 'GET',
  headers = {
    ['apikey'] = 'your_api_key',
    ['signature'] = signature,
    ['timestamp'] = timestamp,
  },
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
