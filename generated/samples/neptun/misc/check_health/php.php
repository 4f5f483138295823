<?php
$ch = curl_init('https://neptun-webui.vercel.app/health');
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
