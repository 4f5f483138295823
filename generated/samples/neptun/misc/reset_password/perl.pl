use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"otp":"12345","new_password":"newSecurePassword123"}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/user%40example.com/reset-password', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => $body,
});
print $response->{content}, "\n";
