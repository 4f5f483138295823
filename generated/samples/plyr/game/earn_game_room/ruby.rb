require 'net/http'
require 'openssl'
require 'uri'

body = '{"roomId":"room123","plyrIds":["player1","player2"],"tokens":["TOKEN1","TOKEN2"],"amounts":[100,200]}'
secret = 'your_secret_key'
timestamp = Process.clock_gettime(Process::CLOCK_REALTIME, :millisecond).to_s
signature = OpenSSL::HMAC.hexdigest('SHA256', secret, timestamp + body)

uri = URI('https://api.plyr.network/api/game/earn')
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
