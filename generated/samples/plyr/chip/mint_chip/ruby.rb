require 'net/http'
require 'openssl'
require 'uri'

body = '{"chips":["0xa513E6E4b8f2a923D98304ec87F64353C4D5C853","0xa513E6E4b8f2a923D98304ec87F64353C4D5C853"],"plyrIds":["player1","player2"],"amounts":[100,50]}'
secret = 'your_secret_key'
timestamp = Process.clock_gettime(Process::CLOCK_REALTIME, :millisecond).to_s
signature = OpenSSL::HMAC.hexdigest('SHA256', secret, timestamp + body)

uri = URI('https://api.plyr.network/api/game/chip/mint')
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
