<?php
$body = '{"files":[{"text":"print(\'Hello\')","title":"example1.py","language":"python","extension":"py"},{"text":"console.log(\'Hello\')","title":"example2.js","language":"javascript","extension":"js"}]}';

$ch = curl_init('https://neptun-webui.vercel.app/api/users/789/chats/123/files/456');
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
