use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/456/projects/123/context', {
    headers => {
        'Cookie' => 'neptun-session=your-session-cookie',
    },
});
print $response->{content}, "\n";
