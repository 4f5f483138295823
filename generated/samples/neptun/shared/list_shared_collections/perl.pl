use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('GET', 'https://neptun-webui.vercel.app/api/shared/collections', {
});
print $response->{content}, "\n";
