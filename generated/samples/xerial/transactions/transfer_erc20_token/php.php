<?php
$body = '{"tokenAddress":"0x3c499c542cef5e3811e1192ce70d8cc03d5c3359","amount":100,"to":"0x8e9DD3c1Db3254d968967CbC367542C343273629"}';

$ch = curl_init('https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transfer-token');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/json',
        'Authorization: Bearer your_access_token',
    ],
    CURLOPT_POSTFIELDS => $body,
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
