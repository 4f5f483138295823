<?php
$ch = curl_init('https://neptun-webui.vercel.app/api/users/456/projects');
curl_setopt_array($ch, [
    CURLOPT_HTTPHEADER => [
        'Cookie: neptun-session=your-session-cookie',
    ],
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
