<?php
$body = '{"plyrId":"player123","signature":"0x4a5c1d3e8f2b7a6c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c1b","secret":"JBSWY3DPEHPK3PXP"}';
$secret = 'your_secret_key';
$timestamp = (string) (int) (microtime(true) * 1000);
$signature = hash_hmac('sha256', $timestamp . $body, $secret);

$ch = curl_init('https://api.plyr.network/api/user/reset2fa');
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
