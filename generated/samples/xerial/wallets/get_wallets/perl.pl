use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('GET', 'https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112', {
    headers => {
        'Authorization' => 'Bearer your_access_token',
    },
});
print $response->{content}, "\n";
