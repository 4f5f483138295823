require 'net/http'
require 'uri'

body = '{"studioAddress":"0xf48b45F70a16FdcCe76d3E494Cb979144D1Ca0A8"}'

uri = URI('https://api.xerial.io/get_collection_from_project')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
