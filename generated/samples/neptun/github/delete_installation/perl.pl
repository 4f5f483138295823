use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('DELETE', 'https://neptun-webui.vercel.app/api/users/123/installations/1', {
    headers => {
        'Cookie' => 'neptun-session=your-session-cookie',
    },
});
print $response->{content}, "\n";
