using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class ChatsCreateChatFilesRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"files\":[{\"text\":\"print('Hello')\",\"title\":\"example1.py\",\"language\":\"python\",\"extension\":\"py\"},{\"text\":\"console.log('Hello')\",\"title\":\"example2.js\",\"language\":\"javascript\",\"extension\":\"js\"}]}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/users/789/chats/123/files/456", "POST"))
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
