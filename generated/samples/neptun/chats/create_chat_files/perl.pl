use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"files":[{"text":"print(\'Hello\')","title":"example1.py","language":"python","extension":"py"},{"text":"console.log(\'Hello\')","title":"example2.js","language":"javascript","extension":"js"}]}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/789/chats/123/files/456', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
