use strict;
use warnings;
use HTTP::Tiny;

my $body = '{"token":"eyJhbGciOiJSUzI1NiIsImtpZCI6ImV4YW1wbGUiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJhY2NvdW50cy5nb29nbGUuY29tIn0.c2lnbmF0dXJl","clientId":"1234567890-abc123def456.apps.googleusercontent.com"}';

my $response = HTTP::Tiny->new->request('POST', 'https://wallet.xerial.io/api/auth/google', {
    headers => {
        'Content-Type' => 'application/json',
    },
    content => $body,
});
print $response->{content}, "\n";
