require 'net/http'
require 'uri'

body = '{"messages":[{"role":"user","content":"Hello, how are you?"}]}'

uri = URI('https://neptun-webui.vercel.app/api/ai/openrouter/deepseek-chat/chat?chat_id=123')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request['Cookie'] = 'neptun-session=your-session-cookie'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
