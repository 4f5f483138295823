<?php
$ch = curl_init('https://neptun-webui.vercel.app/api/html-to-markdown/https%3A%2F%2Fexample.com');
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
