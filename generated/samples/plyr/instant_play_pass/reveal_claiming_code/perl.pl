use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_hex);
use HTTP::Tiny;
use Time::HiRes qw(time);

my $body = '{"sessionJwt":"eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJwbHlySWQiOiJibHVlX21hbmdvXzNmOWExYyJ9.c2lnbmF0dXJl"}';
my $secret = 'your_secret_key';
my $timestamp = sprintf('%d', time() * 1000);
my $signature = hmac_sha256_hex($timestamp . $body, $secret);

my $response = HTTP::Tiny->new->request('POST', 'https://api.plyr.network/api/instantPlayPass/reveal/claimingCode', {
    headers => {
        'Content-Type' => 'application/json',
        'apikey' => 'your_api_key',
        'signature' => $signature,
        'timestamp' => $timestamp,
    },
    content => $body,
});
print $response->{content}, "\n";
