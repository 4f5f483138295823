use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"emails":["alice@example.com","bob@example.com"]}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/456/chats/789/shares/123/whitelist-entries', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
