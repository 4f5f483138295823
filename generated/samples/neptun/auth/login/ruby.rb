require 'net/http'
require 'uri'

body = '{"email":"user@example.com","password":"your-password"}'

uri = URI('https://neptun-webui.vercel.app/api/auth/login')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
