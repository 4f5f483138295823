<?php
$body = '{"action":"validate","email":"user@example.com","otp":"12345","new_password":"newSecurePassword123"}';

$ch = curl_init('https://neptun-webui.vercel.app/auth/otp');
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
