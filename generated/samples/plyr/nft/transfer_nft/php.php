<?php
$body = '{"nfts":["0x2279B7A0a67DB372996a5FaB50D91eAA73d2eBe6"],"fromAddresses":["0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"],"toAddresses":["0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC"],"tokenIds":["7"],"chainId":62831}';
$secret = 'your_secret_key';
$timestamp = (string) (int) (microtime(true) * 1000);
$signature = hash_hmac('sha256', $timestamp . $body, $secret);

$ch = curl_init('https://api.plyr.network/api/game/nft/transfer');
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
