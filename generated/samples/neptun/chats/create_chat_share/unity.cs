using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class ChatsCreateChatShareRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/users/456/chats/123/shares", "POST"))
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
