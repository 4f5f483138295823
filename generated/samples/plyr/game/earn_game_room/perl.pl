use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_hex);
use HTTP::Tiny;
use Time::HiRes qw(time);

my $body = '{"roomId":"room123","plyrIds":["player1","player2"],"tokens":["TOKEN1","TOKEN2"],"amounts":[100,200]}';
my $secret = 'your_secret_key';
my $timestamp = sprintf('%d', time() * 1000);
my $signature = hmac_sha256_hex($timestamp . $body, $secret);

my $response = HTTP::Tiny->new->request('POST', 'https://api.plyr.network/api/game/earn', {
    headers => {
        'Content-Type' => 'application/json',
        'apikey' => 'your_api_key',
        'signature' => $signature,
        'timestamp' => $timestamp,
    },
    content => $body,
});
print $response->{content}, "\n";
