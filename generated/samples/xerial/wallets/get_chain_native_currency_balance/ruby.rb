require 'net/http'
require 'uri'

uri = URI('https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/eth')
request = Net::HTTP::Get.new(uri)
request['Authorization'] = 'Bearer your_access_token'

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
