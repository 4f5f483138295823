using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class AiChatHuggingfaceRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"messages\":[{\"role\":\"user\",\"content\":\"Hello, how are you?\"}]}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/ai/huggingface/qwen/Qwen2.5-72B-Instruct/chat?chat_id=123", "POST"))
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
