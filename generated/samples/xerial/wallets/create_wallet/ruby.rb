require 'net/http'
require 'uri'

body = '{"type":"evm"}'

uri = URI('https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request['Authorization'] = 'Bearer your_access_token'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
