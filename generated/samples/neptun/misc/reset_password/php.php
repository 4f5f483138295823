<?php
$body = '{"otp":"12345","new_password":"newSecurePassword123"}';

$ch = curl_init('https://neptun-webui.vercel.app/user%40example.com/reset-password');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/json',
    ],
    CURLOPT_POSTFIELDS => $body,
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
