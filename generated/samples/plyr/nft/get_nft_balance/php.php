<?php
$secret = 'your_secret_key';
$timestamp = (string) (int) (microtime(true) * 1000);
$signature = hash_hmac('sha256', $timestamp . '{}', $secret);

$ch = curl_init('https://api.plyr.network/api/game/nft/balance?plyrId=player1&chainId=62831');
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
