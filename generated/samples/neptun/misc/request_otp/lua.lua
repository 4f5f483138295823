local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"action":"create","email":"user@example.com"}'

local chunks = {}
local ok, err = http.request({
  url = 'https://neptun-webui.vercel.app/auth/otp',
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
