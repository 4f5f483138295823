use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_hex);
use HTTP::Tiny;
use Time::HiRes qw(time);

my $body = '{"roomId":"42","sessionJwts":["eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIxIn0.c2ln","eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIyIn0.c2ln"],"tokens":["TOKEN1","TOKEN2"],"amounts":[100,50]}';
my $secret = 'your_secret_key';
my $timestamp = sprintf('%d', time() * 1000);
my $signature = hmac_sha256_hex($timestamp . $body, $secret);

my $response = HTTP::Tiny->new->request('POST', 'https://api.plyr.network/api/game/joinPay', {
    headers => {
        'Content-Type' => 'application/json',
        'apikey' => 'your_api_key',
        'signature' => $signature,
        'timestamp' => $timestamp,
    },
    content => $body,
});
print $response->{content}, "\n";
