using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class UsersCreateUserRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{}";

        using (var request = new UnityWebRequest("https://wallet.xerial.io/api/user", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            request.SetRequestHeader("Authorization", "Bearer your_access_token");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
