use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/auth/logout', {
    headers => {
        'Cookie' => 'neptun-session=your-session-cookie',
    },
});
print $response->{content}, "\n";
