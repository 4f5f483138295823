using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class AuthUserAuthorizationRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"token\":\"eyJhbGciOiJSUzI1NiIsImtpZCI6ImV4YW1wbGUiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJhY2NvdW50cy5nb29nbGUuY29tIn0.c2lnbmF0dXJl\",\"clientId\":\"1234567890-abc123def456.apps.googleusercontent.com\"}";

        using (var request = new UnityWebRequest("https://wallet.xerial.io/api/auth/google", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
