use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"action":"create","email":"user@example.com"}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/auth/otp', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => $body,
});
print $response->{content}, "\n";
