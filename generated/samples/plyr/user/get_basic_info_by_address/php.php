<?php
$secret = 'your_secret_key';
$timestamp = (string) (int) (microtime(true) * 1000);
$signature = hash_hmac('sha256', $timestamp . '{}', $secret);

$ch = curl_init('https://api.plyr.network/api/user/basic/0x742d35Cc6634C0532925a3b844Bc454e4438f44e');
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
