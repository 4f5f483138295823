use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"name":"My Project","project_type":"web-site","programming_language":"typescript"}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/456/projects', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
