using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class CollectionsGetTemplateRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/users/1/collections/1/templates/1", "GET"))
        {
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Cookie", "neptun-session=your-session-cookie");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
