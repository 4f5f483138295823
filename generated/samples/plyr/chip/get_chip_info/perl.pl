use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_hex);
use HTTP::Tiny;
use Time::HiRes qw(time);

my $secret = 'your_secret_key';
my $timestamp = sprintf('%d', time() * 1000);
my $signature = hmac_sha256_hex($timestamp . '{}', $secret);

my $response = HTTP::Tiny->new->request('GET', 'https://api.plyr.network/api/game/chip/info?gameId=game123&chip=0xa513E6E4b8f2a923D98304ec87F64353C4D5C853', {
    headers => {
        'apikey' => 'your_api_key',
        'signature' => $signature,
        'timestamp' => $timestamp,
    },
});
print $response->{content}, "\n";
