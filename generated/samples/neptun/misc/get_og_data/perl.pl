use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('GET', 'https://neptun-webui.vercel.app/api/og/https%3A%2F%2Fexample.com', {
});
print $response->{content}, "\n";
