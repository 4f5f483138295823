using System;
using System.Collections;
using System.Security.Cryptography;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class UserDiscardSessionBy2faRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"plyrId\":\"player123\",\"gameId\":\"game123\",\"otp\":\"123456\"}";
        var secret = "your_secret_key";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        string signature;
        using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
        {
            var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + body));
            signature = BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant();
        }

        using (var request = new UnityWebRequest("https://api.plyr.network/api/user/session/discardBy2fa", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            request.SetRequestHeader("apikey", "your_api_key");
            request.SetRequestHeader("signature", signature);
            request.SetRequestHeader("timestamp", timestamp);
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
