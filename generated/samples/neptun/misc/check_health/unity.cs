using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class MiscCheckHealthRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/health", "GET"))
        {
            request.downloadHandler = new DownloadHandlerBuffer();
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
