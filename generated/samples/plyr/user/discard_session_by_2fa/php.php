<?php
$body = '{"plyrId":"player123","gameId":"game123","otp":"123456"}';
$secret = 'your_secret_key';
$timestamp = (string) (int) (microtime(true) * 1000);
$signature = hash_hmac('sha256', $timestamp . $body, $secret);

$ch = curl_init('https://api.plyr.network/api/user/session/discardBy2fa');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/json',
        'apikey: your_api_key',
        'signature: ' . $signature,
        'timestamp: ' . $timestamp,
    ],
    CURLOPT_POSTFIELDS => $body,
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
