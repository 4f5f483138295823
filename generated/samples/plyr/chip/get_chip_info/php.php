<?php
$secret = 'your_secret_key';
$timestamp = (string) (int) (microtime(true) * 1000);
$signature = hash_hmac('sha256', $timestamp . '{}', $secret);

$ch = curl_init('https://api.plyr.network/api/game/chip/info?gameId=game123&chip=0xa513E6E4b8f2a923D98304ec87F64353C4D5C853');
curl_setopt_array($ch, [
    CURLOPT_HTTPHEADER => [
        'apikey: your_api_key',
        'signature: ' . $signature,
        'timestamp: ' . $timestamp,
    ],
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
