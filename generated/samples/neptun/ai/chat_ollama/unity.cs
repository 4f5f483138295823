using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class AiChatOllamaRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hello, how are you?\"}]}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/ai/ollama/rwkv-6-world/chat?chat_id=123", "POST"))
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
