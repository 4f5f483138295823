use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"model":"google/gemma-2-27b-it","name":"New Chat"}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/123/chats', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
