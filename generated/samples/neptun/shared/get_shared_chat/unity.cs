using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class SharedGetSharedChatRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/shared/chats/550e8400-e29b-41d4-a716-446655440000", "GET"))
        {
            request.downloadHandler = new DownloadHandlerBuffer();
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
