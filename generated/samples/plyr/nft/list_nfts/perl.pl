use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_hex);
use HTTP::Tiny;
use Time::HiRes qw(time);

my $secret = 'your_secret_key';
my $timestamp = sprintf('%d', time() * 1000);
my $signature = hmac_sha256_hex($timestamp . '{}', $secret);

my $response = HTTP::Tiny->new->request('GET', 'https://api.plyr.network/api/game/nft/list?plyrId=player1&chainId=62831', {
    headers => {
        'apikey' => 'your_api_key',
        'signature' => $signature,
        'timestamp' => $timestamp,
    },
});
print $response->{content}, "\n";
