require 'net/http'
require 'uri'

body = '{"projectId":"6601f93a3ff2ea0348edeb6a"}'

uri = URI('https://api.xerial.io/get_collections_from_project')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
