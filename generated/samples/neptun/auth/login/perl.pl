use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"email":"user@example.com","password":"your-password"}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/auth/login', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => $body,
});
print $response->{content}, "\n";
