use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_hex);
use HTTP::Tiny;
use Time::HiRes qw(time);

my $body = '{"nfts":["0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6"],"addresses":["0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"],"chainId":62831}';
my $secret = 'your_secret_key';
my $timestamp = sprintf('%d', time() * 1000);
my $signature = hmac_sha256_hex($timestamp . $body, $secret);

my $response = HTTP::Tiny->new->request('POST', 'https://api.plyr.network/api/game/nft/mint', {
    headers => {
        'Content-Type' => 'application/json',
        'apikey' => 'your_api_key',
        'signature' => $signature,
        'timestamp' => $timestamp,
    },
    content => $body,
});
print $response->{content}, "\n";
