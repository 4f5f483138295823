use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"studioAddress":"0xf48b45F70a16FdcCe76d3E494Cb979144D1Ca0A8","chain":"polygon"}';

my $response = HTTP::Tiny->new->request('POST', 'https://api.xerial.io/get_market_items', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => $body,
});
print $response->{content}, "\n";
