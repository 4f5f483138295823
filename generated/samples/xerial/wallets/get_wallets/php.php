<?php
$ch = curl_init('https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112');
curl_setopt_array($ch, [
    CURLOPT_HTTPHEADER => [
        'Authorization: Bearer your_access_token',
    ],
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
