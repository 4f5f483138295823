using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class MiscResetPasswordRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"otp\":\"12345\",\"new_password\":\"newSecurePassword123\"}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/user%40example.com/reset-password", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
