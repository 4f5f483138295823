use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"messages":[{"role":"user","content":"Hello, how are you?"}]}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/ai/cloudflare/llama-3.3-70b-instruct-fp8-fast/chat?chat_id=123', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
