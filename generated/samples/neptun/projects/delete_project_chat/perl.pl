use strict;
use warnings;
use HTTP::Tiny;

my $response = HTTP::Tiny->new->request('DELETE', 'https://neptun-webui.vercel.app/api/users/123/projects/12/chats/1', {
    headers => {
        'Cookie' => 'neptun-session=your-session-cookie',
    },
});
print $response->{content}, "\n";
