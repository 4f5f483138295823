use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"message":"Hello, how can I help?","actor":"assistant"}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/456/chats/123/messages', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
