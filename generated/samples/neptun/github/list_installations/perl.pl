use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('GET', 'https://neptun-webui.vercel.app/api/users/123/installations', {
    headers => {
        'Cookie' => 'neptun-session=your-session-cookie',
    },
});
print $response->{content}, "\n";
