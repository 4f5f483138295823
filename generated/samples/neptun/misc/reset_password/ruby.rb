require 'net/http'
require 'uri'

body = '{"otp":"12345","new_password":"newSecurePassword123"}'

uri = URI('https://neptun-webui.vercel.app/user%40example.com/reset-password')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
