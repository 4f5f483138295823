require 'net/http'
require 'uri'

uri = URI('https://neptun-webui.vercel.app/api/shared/collections')
request = Net::HTTP::Get.new(uri)

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
