require 'net/http'
require 'uri'

uri = URI('https://neptun-webui.vercel.app/api/auth/logout')
request = Net::HTTP::Post.new(uri)
request['Cookie'] = 'neptun-session=your-session-cookie'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
