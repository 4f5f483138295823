using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class ProjectsGetProjectContextRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/users/456/projects/123/context", "GET"))
        {
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Cookie", "neptun-session=your-session-cookie");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
