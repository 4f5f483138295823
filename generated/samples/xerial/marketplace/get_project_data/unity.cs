using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class MarketplaceGetProjectDataRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"studioAddress\":\"0xf48b45F70a16FdcCe76d3E494Cb979144D1Ca0A8\"}";

        using (var request = new UnityWebRequest("https://api.xerial.io/get_collection_from_project", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
