require 'net/http'
require 'uri'

body = '{"title":"My Source File","original_path":"/src/components/App.tsx","context_file_category":"source","context_file_type":"component","text":"export const App = () => <div>Hello World</div>\\n"}'

uri = URI('https://neptun-webui.vercel.app/api/users/456/projects/789/resources/files')
request = Net::HTTP::Post.new(uri)
request['Content-Type'] = 'application/json'
request['Cookie'] = 'neptun-session=your-session-cookie'
request.body = body

response = Net::HTTP.start(uri.hostname, uri.port, use_ssl: uri.scheme == 'https') do |http|
  http.request(request)
end
puts response.body
