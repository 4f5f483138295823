use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"name":"My Templates","is_shared":false,"neptun_user_id":1}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/1/collections', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
