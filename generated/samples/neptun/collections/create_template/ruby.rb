require 'net/http'
require 'uri'

body = '{"template":{"description":"Basic Docker deployment script","file_name":"docker-deploy.sh","neptun_user_id":1},"file":{"title":"Docker deploy script","text":"#!/bin/sh\\ndocker compose up -d\\n","language":"shell","extension":"sh","neptun_user_id":1}}'

uri = URI('https://neptun-webui.vercel.app/api/users/1/collections/1/templates')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request['Cookie'] = 'neptun-session=your-session-cookie'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
