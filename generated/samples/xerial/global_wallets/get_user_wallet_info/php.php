<?php
$ch = curl_init('https://wallet.xerial.io/api/user');
curl_setopt_array($ch, [
    CURLOPT_HTTPHEADER => [
        'Authorization: Bearer your_access_token',
    ],
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
