using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class MiscConvertHtmlToMarkdownRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/html-to-markdown/https%3A%2F%2Fexample.com", "GET"))
        {
            request.downloadHandler = new DownloadHandlerBuffer();
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
