use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"email":"user@example.com","password":"your-password"}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/auth/sign-up', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => $body,
});
print $response->{content}, "\n";
