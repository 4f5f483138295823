use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('HEAD', 'https://neptun-webui.vercel.app/api/auth/check', {
    headers => {
        'Cookie' => 'neptun-session=your-session-cookie',
    },
});
print $response->{content}, "\n";
