local http = require('ssl.https')
local ltn12 = require('ltn12')

local body = '{"template":{"description":"Basic Docker deployment script","file_name":"docker-deploy.sh","neptun_user_id":1},"file":{"title":"Docker deploy script","text":"#!/bin/sh\\ndocker compose up -d\\n","language":"shell","extension":"sh","neptun_user_id":1}}'

local chunks = {}
local ok, err = http.request({
  url = 'https://neptun-webui.vercel.app/api/users/1/collections/1/templates',
  method = 'POST',
  headers = {
    ['Content-Type'] = 'application/json',
    ['Cookie'] = 'neptun-session=your-session-cookie',
    ['Content-Length'] = tostring(#body),
  },
  source = ltn12.source.string(body),
  sink = ltn12.sink.table(chunks),
})
if not ok then error(err) end
print(table.concat(chunks))
