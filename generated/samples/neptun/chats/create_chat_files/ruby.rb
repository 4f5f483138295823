require 'net/http'
require 'uri'

body = '{"files":[{"text":"print(\'Hello\')","title":"example1.py","language":"python","extension":"py"},{"text":"console.log(\'Hello\')","title":"example2.js","language":"javascript","extension":"js"}]}'

uri = URI('https://neptun-webui.vercel.app/api/users/789/chats/123/files/456')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request['Cookie'] = 'neptun-session=your-session-cookie'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
