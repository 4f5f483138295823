require 'net/http'
require 'uri'

body = '{"action":"create","email":"user@example.com"}'

uri = URI('https://neptun-webui.vercel.app/auth/otp')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
