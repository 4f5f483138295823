using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class AuthLogoutRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"refreshToken\":\"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZWJhYzUzNDk1NGI1NDEzOTgwNmMxMTIiLCJpYXQiOjE1ODkyOTg0ODQsImV4cCI6MTU4OTMwMDI4NH0.m1U63blB0MLej_WfB7yC2FTMnCziif9X8yzwDEfJXAg\"}";

        using (var request = new UnityWebRequest("https://wallet.xerial.io/api/auth/logout", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
