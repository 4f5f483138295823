use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"messages":[{"content":"What is Python?","role":"user"},{"content":"Python is a programming language...","role":"assistant"}]}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/456/chats/123/messages', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
