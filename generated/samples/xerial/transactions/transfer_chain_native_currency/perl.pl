use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"amount":1.5,"to":"0x8e9DD3c1Db3254d968967CbC367542C343273629"}';

my $response = HTTP::Tiny->new->request('POST', 'https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transfer-eth', {
    headers => {
        'Content-Type' => 'application/json',
        'Authorization' => 'Bearer your_access_token',
    },
    content => $body,
});
print $response->{content}, "\n";
