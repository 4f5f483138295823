<?php
$body = '{"model":"google/gemma-2-27b-it","name":"Project Discussion"}';

$ch = curl_init('https://neptun-webui.vercel.app/api/users/123/projects/12/chats');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'POST',
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/json',
        'Cookie: neptun-session=your-session-cookie',
    ],
    CURLOPT_POSTFIELDS => $body,
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
