use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"type":"evm"}';

my $response = HTTP::Tiny->new->request('POST', 'https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112', {
    headers => {
        'Content-Type' => 'application/json',
        'Authorization' => 'Bearer your_access_token',
    },
    content => $body,
});
print $response->{content}, "\n";
