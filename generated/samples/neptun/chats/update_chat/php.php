<?php
$body = '{"name":"Updated Chat Name"}';

$ch = curl_init('https://neptun-webui.vercel.app/api/users/123/chats/1');
curl_setopt_array($ch, [
    CURLOPT_CUSTOMREQUEST => 'PATCH',
    CURLOPT_HTTPHEADER => [
        'Content-Type: application/json',
        'Cookie: neptun-session=your-session-cookie',
    ],
    CURLOPT_POSTFIELDS => $body,
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
