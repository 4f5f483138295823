use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('GET', 'https://api.plyr.network/api/tokenlist/plyr', {
});
print $response->{content}, "\n";
