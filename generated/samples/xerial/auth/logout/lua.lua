local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"refreshToken":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZWJhYzUzNDk1NGI1NDEzOTgwNmMxMTIiLCJpYXQiOjE1ODkyOTg0ODQsImV4cCI6MTU4OTMwMDI4NH0.m1U63blB0MLej_WfB7yC2FTMnCziif9X8yzwDEfJXAg"}'

local chunks = {}
local ok, err = http.request({
  url = 'https://wallet.xerial.io/api/auth/logout',
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
