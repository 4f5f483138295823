use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"projectId":"6601f93a3ff2ea0348edeb6a","chain":"polygon"}';

my $response = HTTP::Tiny->new->request('POST', 'https://api.xerial.io/get_listed_nfts', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => $body,
});
print $response->{content}, "\n";
