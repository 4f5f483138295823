using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class ProjectsDeleteProjectImportRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/users/456/projects/789/resources/imports/123", "DELETE"))
        {
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Cookie", "neptun-session=your-session-cookie");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
