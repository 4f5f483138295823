using System;
using System.Collections;
using System.Security.Cryptography;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class UserDiscardSessionBySignatureRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"plyrId\":\"player123\",\"gameId\":\"game123\",\"signature\":\"0x4a5c1d3e8f2b7a6c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c1b\"}";
        var secret = "your_secret_key";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        string signature;
        using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
        {
            var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + body));
            signature = BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant();
        }

        using (var request = new UnityWebRequest("https://api.plyr.network/api/user/session/discardBySignature", "POST"))
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
