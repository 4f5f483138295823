use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('GET', 'https://neptun-webui.vercel.app/models', {
});
print $response->{content}, "\n";
