use strict;
use warnings;
use HTTP::Tiny;

my $body = '{}';

my $response = HTTP::Tiny->new->request('PATCH', 'https://neptun-webui.vercel.app/api/users/1/collections/1/templates/1', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
