using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class AuthSignUpRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"email\":\"user@example.com\",\"password\":\"your-password\"}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/auth/sign-up", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
