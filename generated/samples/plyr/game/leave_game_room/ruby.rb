require 'net/http'
require 'openssl'
require 'uri'

body = '{"roomId":"42","sessionJwts":["eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIxIn0.c2ln","eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIyIn0.c2ln"]}'
secret = 'your_secret_key'
timestamp = Process.clock_gettime(Process::CLOCK_REALTIME, :millisecond).to_s
signature = OpenSSL::HMAC.hexdigest('SHA256', secret, timestamp + body)

uri = URI('https://api.plyr.network/api/game/leave')
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
