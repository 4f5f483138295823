use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"template":{"description":"Basic Docker deployment script","file_name":"docker-deploy.sh","neptun_user_id":1},"file":{"title":"Docker deploy script","text":"#!/bin/sh\\ndocker compose up -d\\n","language":"shell","extension":"sh","neptun_user_id":1}}';

my $response = HTTP::Tiny->new->request('POST', 'https://neptun-webui.vercel.app/api/users/1/collections/1/templates', {
    headers => {
        'Content-Type' => 'application/json',
        'Cookie' => 'neptun-session=your-session-cookie',
    },
    content => $body,
});
print $response->{content}, "\n";
