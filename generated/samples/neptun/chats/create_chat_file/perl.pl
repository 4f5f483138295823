use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"text":"print(\'Hello, World!\')","title":"example.py","language":"python","extension":"py"}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/789/chats/123/files/456', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
