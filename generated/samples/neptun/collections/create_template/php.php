<?php
$body = '{"template":{"description":"Basic Docker deployment script","file_name":"docker-deploy.sh","neptun_user_id":1},"file":{"title":"Docker deploy script","text":"#!/bin/sh\\ndocker compose up -d\\n","language":"shell","extension":"sh","neptun_user_id":1}}';

$ch = curl_init('https://neptun-webui.vercel.app/api/users/1/collections/1/templates');
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
