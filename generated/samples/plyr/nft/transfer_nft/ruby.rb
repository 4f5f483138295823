require 'net/http'
require 'openssl'
require 'uri'

body = '{"nfts":["0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6"],"fromAddresses":["0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"],"toAddresses":["0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"],"tokenIds":["7"],"chainId":62831}'
secret = 'your_secret_key'
timestamp = Process.clock_gettime(Process::CLOCK_REALTIME, :millisecond).to_s
signature = OpenSSL::HMAC.hexdigest('SHA256', secret, timestamp + body)

uri = URI('https://api.plyr.network/api/game/nft/transfer')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request['apikey'] = 'your_api_key'
request['signature'] = signature
request['timestamp'] = timestamp
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
