using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class MiscValidateOtpRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"action\":\"validate\",\"email\":\"user@example.com\",\"otp\":\"12345\",\"new_password\":\"newSecurePassword123\"}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/auth/otp", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
