local http = require('ssl.https')
local ltn12 = require('ltn12')
local hmac = require('openssl.hmac')

local body = '{"nfts":["0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6"],"addresses":["0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"],"chainId":62831}'
local secret = 'your_secret_key'
local timestamp = string.format('%d', os.time() * 1000)
local digest = hmac.new(secret, 'sha256'):final(timestamp .. body)
local signature = digest:gsub('.', function(c) return string.format('%02x', c:byte()) end)

local chunks = {}
local ok, err = http.request({
  url = 'https://api.plyr.network/api/game/nft/mint',
  method = 'POST',
  headers = {
    ['Content-Type'] = 'application/json',
    ['apikey'] = 'your_api_key',
    ['signature'] = signature,
    ['timestamp'] = timestamp,
    ['Content-Length'] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
