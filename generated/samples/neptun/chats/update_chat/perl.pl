use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"name":"Updated Chat Name"}';

my $response = HTTP::Tiny->new->request('PATCH', 'https://neptun-webui.vercel.app/api/users/123/chats/1', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
