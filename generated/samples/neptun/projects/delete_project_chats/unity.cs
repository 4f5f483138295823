using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class ProjectsDeleteProjectChatsRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"chat_ids\":[1,2]}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/users/123/projects/12/chats", "DELETE"))
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
