<?php
$body = '{"messages":[{"content":"What is Python?","role":"user"},{"content":"Python is a programming language...","role":"assistant"}]}';

$ch = curl_init('https://neptun-webui.vercel.app/api/users/456/chats/123/messages');
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
