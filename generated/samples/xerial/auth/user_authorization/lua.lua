local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"token":"eyJhbGciOiJSUzI1NiIsImtpZCI6ImV4YW1wbGUiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJhY2NvdW50cy5nb29nbGUuY29tIn0.c2lnbmF0dXJl","clientId":"1234567890-abc123def456.apps.googleusercontent.com"}'

local chunks = {}
local ok, err = http.request({
  url = 'https://wallet.xerial.io/api/auth/google',
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
