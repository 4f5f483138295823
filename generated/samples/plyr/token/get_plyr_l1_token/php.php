<?php
$ch = curl_init('https://api.plyr.network/api/tokenlist/plyr');
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
]);
echo curl_exec($ch), PHP_EOL;
curl_close($ch);
