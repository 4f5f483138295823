use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_hex);
use HTTP::Tiny;
use Time::HiRes qw(time);

my $secret = 'your_secret_key';
my $timestamp = sprintf('%d', time() * 1000);
my $signature = hmac_sha256_hex($timestamp . '{}', $secret);

my $response = HTTP::Tiny->new->request('GET', 'https://api.plyr.network/api/user/basic/0x742d35Cc6634C0532925a3b844Bc454e4438f44e', {
    headers => {
        'apikey' => 'your_api_key',
        'signature' => $signature,
        'timestamp' => $timestamp,
    },
});
print $response->{content}, "\n";
