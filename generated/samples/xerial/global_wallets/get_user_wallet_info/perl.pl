use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('GET', 'https://wallet.xerial.io/api/user', {
    headers => {
        'Authorization' => 'Bearer your_access_token',
    },
});
print $response->{content}, "\n";
