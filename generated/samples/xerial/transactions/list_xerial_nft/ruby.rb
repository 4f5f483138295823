require 'net/http'
require 'uri'

body = '{"collectionAddress":"0xf6797c479c7b18de2ea7493291d5f21fede8ff29","tokenId":2,"price":1}'

uri = URI('https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/list-nft')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request['Authorization'] = 'Bearer your_access_token'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
