using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class ChatsCreateShareWhitelistEntriesRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"emails\":[\"alice@example.com\",\"bob@example.com\"]}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/users/456/chats/789/shares/123/whitelist-entries", "POST"))
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
