use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"action":"validate","email":"user@example.com","otp":"12345","new_password":"newSecurePassword123"}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/auth/otp', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => $body,
});
print $response->{content}, "\n";
