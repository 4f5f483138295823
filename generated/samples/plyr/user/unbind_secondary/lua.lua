local http = require('ssl.https')
local ltn12 = require('ltn12')
local hmac = require('openssl.hmac')

local body = '{"plyrId":"player123","secondaryAddress":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","signature":"0x4a5c1d3e8f2b7a6c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c1b"}'
local secret = 'your_secret_key'
local timestamp = string.format('%d', os.time() * 1000)
local digest = hmac.new(secret, 'sha256'):final(timestamp .. body)
local signature = digest:gsub('.', function(c) return string.format('%02x', c:byte()) end)

local chunks = {}
local ok, err = http.request({
  url = 'https://api.plyr.network/api/user/secondary/unbind',
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
