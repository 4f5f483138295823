require 'net/http'
require 'openssl'
require 'uri'

secret = 'your_secret_key'
timestamp = Process.clock_gettime(Process::CLOCK_REALTIME, :millisecond).to_s
signature = OpenSSL::HMAC.hexdigest('SHA256', secret, timestamp + '{}')

uri = URI('https://api.plyr.network/api/game/badge/info')
request = Net::HTTP::Get.new(uri)
request['apikey'] = 'your_api_key'
request['signature'] = signature
request['timestamp'] = timestamp

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
