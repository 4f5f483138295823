use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"type":"CONTRACT_EXECUTION","to":"0xdc71b72db51e227e65a45004ab2798d31e8934c9","value":0}';

my $response = HTTP::Tiny->new->request('POST', 'https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transaction', {
    headers => {
        'Content-Type' => 'application/json',
        'Authorization' => 'Bearer your_access_token',
    },
    content => $body,
});
print $response->{content}, "\n";
