use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_hex);
use HTTP::Tiny;
use Time::HiRes qw(time);

my $body = '{"plyrId":"player123","signature":"0x4a5c1d3e8f2b7a6c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c1b","secret":"JBSWY3DPEHPK3PXP"}';
my $secret = 'your_secret_key';
my $timestamp = sprintf('%d', time() * 1000);
my $signature = hmac_sha256_hex($timestamp . $body, $secret);

my $response = HTTP::Tiny->new->request('POST', 'https://api.plyr.network/api/user/reset2fa', {
    headers => {
        'Content-Type' => 'application/json',
        'apikey' => 'your_api_key',
        'signature' => $signature,
        'timestamp' => $timestamp,
    },
    content => $body,
});
print $response->{content}, "\n";
