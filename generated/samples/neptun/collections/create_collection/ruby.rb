require 'net/http'
require 'uri'

body = '{"name":"My Templates","is_shared":false,"neptun_user_id":1}'

uri = URI('https://neptun-webui.vercel.app/api/users/1/collections')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request['Cookie'] = 'neptun-session=your-session-cookie'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
