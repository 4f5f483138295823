using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class CollectionsCreateCollectionRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"name\":\"My Templates\",\"is_shared\":false,\"neptun_user_id\":1}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/users/1/collections", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            request.SetRequestHeader("Cookie", "neptun-session=your-session-cookie");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
