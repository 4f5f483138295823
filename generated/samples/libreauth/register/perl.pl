use strict;
use warnings;
use LibreAuth;

my $app = LibreAuth->new('MyApp', 'XXXXXXXXXX', '1.0', 'https://libreauth.nutexe.dev/api/1.3/');
$app->init;
$app->register('alice', 'correct-horse-battery', 'MyApp-7K2Q9-XW4ZB-P8M3T');
