require 'net/http'
require 'uri'

body = '{"model":"google/gemma-2-27b-it","name":"New Chat"}'

uri = URI('https://neptun-webui.vercel.app/api/users/123/chats')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request['Cookie'] = 'neptun-session=your-session-cookie'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
