use strict;
use warnings;
use HTTP::Tiny;

my $body = '{}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/456/chats/123/shares', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
