use strict;
use warnings;
use HTTP::Tiny;

my $body = '{}';

my $response = HTTP::Tiny->new->request('POST', 'https://wallet.xerial.io/api/user', {
    headers => {
        'Content-Type' => 'application/json',
        'Authorization' => 'Bearer your_access_token',
    },
    content => $body,
});
print $response->{content}, "\n";
