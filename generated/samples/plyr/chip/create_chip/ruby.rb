require 'net/http'
require 'openssl'
require 'uri'

body = '{"name":"Gold Coin","symbol":"GOLD","image":"https://ipfs.plyr.network/ipfs/QmW2WQi7j6c7UgJTarActp7tDNikE4B2qXtFCfLPdsgaTQ"}'
secret = 'your_secret_key'
timestamp = Process.clock_gettime(Process::CLOCK_REALTIME, :millisecond).to_s
signature = OpenSSL::HMAC.hexdigest('SHA256', secret, timestamp + body)

uri = URI('https://api.plyr.network/api/game/chip/create')
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
