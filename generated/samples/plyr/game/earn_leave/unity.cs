using System;
using System.Collections;
using System.Security.Cryptography;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class GameEarnLeaveRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"roomId\":\"42\",\"plyrIds\":[\"player1\",\"player1\",\"player2\"],\"tokens\":[\"TOKEN1\",\"TOKEN2\",\"TOKEN1\"],\"amounts\":[100,50,75]}";
        var secret = "your_secret_key";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        string signature;
        using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
        {
            var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + body));
            signature = BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant();
        }

        using (var request = new UnityWebRequest("https://api.plyr.network/api/game/earnLeave", "POST"))
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
