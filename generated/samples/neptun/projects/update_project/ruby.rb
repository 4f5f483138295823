require 'net/http'
require 'uri'

body = '{}'

uri = URI('https://neptun-webui.vercel.app/api/users/456/projects/123')
request = Net::HTTP::Patch.new(uri)
request['Content-Type'] = 'application/json'
request['Cookie'] = 'neptun-session=your-session-cookie'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
