use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"collectionAddress":"0xf6797c479c7b18de2ea7493291d5f21fede8ff29","typeId":2,"quantity":1,"to":"0x8e9DD3c1Db3254d968967CbC367542C343273629"}';

my $response = HTTP::Tiny->new->request('POST', 'https://wallet.xerial.io/api/nft/polygon/drop', {
    headers => {
        'Content-Type' => 'application/json',
        'Authorization' => 'Bearer your_access_token',
    },
    content => $body,
});
print $response->{content}, "\n";
