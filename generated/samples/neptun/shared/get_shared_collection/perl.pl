use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('GET', 'https://neptun-webui.vercel.app/api/shared/collections/550e8400-e29b-41d4-a716-446655440000', {
});
print $response->{content}, "\n";
