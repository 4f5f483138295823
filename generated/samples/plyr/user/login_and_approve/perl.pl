use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_hex);
use HTTP::Tiny;
use Time::HiRes qw(time);

my $body = '{"plyrId":"player123","gameId":"game123","otp":"123456","tokens":["TOKEN1","TOKEN2"],"amounts":[1000,2000]}';
my $secret = 'your_secret_key';
my $timestamp = sprintf('%d', time() * 1000);
my $signature = hmac_sha256_hex($timestamp . $body, $secret);

my $response = HTTP::Tiny->new->request('POST', 'https://api.plyr.network/api/user/loginAndApprove', {
    headers => {
        'Content-Type' => 'application/json',
        'apikey' => 'your_api_key',
        'signature' => $signature,
        'timestamp' => $timestamp,
    },
    content => $body,
});
print $response->{content}, "\n";
