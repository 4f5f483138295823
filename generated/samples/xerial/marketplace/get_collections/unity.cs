using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class MarketplaceGetCollectionsRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"projectId\":\"6601f93a3ff2ea0348edeb6a\"}";

        using (var request = new UnityWebRequest("https://api.xerial.io/get_collections_from_project", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
