using System;
using System.Collections;
using System.Security.Cryptography;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class TokenGetUserTokenAllowanceRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var secret = "your_secret_key";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        string signature;
        using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
        {
            var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + "{}"));
            signature = BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant();
        }

        using (var request = new UnityWebRequest("https://api.plyr.network/api/game/allowance/player_abc123/game_xyz789/USDC", "GET"))
        {
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("apikey", "your_api_key");
            request.SetRequestHeader("signature", signature);
            request.SetRequestHeader("timestamp", timestamp);
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
