require 'net/http'
require 'uri'

body = '{"emails":["alice@example.com","bob@example.com"]}'

uri = URI('https://neptun-webui.vercel.app/api/users/456/chats/789/shares/123/whitelist-entries')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request['Cookie'] = 'neptun-session=your-session-cookie'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
