use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"chat_ids":[1,2]}';

my $response = HTTP::Tiny->new->request('DELETE', 'https://neptun-webui.vercel.app/api/users/123/projects/12/chats', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
