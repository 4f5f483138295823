<?php
$body = '{"messages":[{"role":"user","content":"Hello, how are you?"}]}';

$ch = curl_init('https://neptun-webui.vercel.app/api/ai/openrouter/deepseek-chat/chat?chat_id=123');
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
