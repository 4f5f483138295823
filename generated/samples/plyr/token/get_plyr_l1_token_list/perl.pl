use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('GET', 'https://api.plyr.network/api/tokenlist', {
});
print $response->{content}, "\n";
