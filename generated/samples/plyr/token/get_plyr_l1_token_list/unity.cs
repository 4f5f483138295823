using System.Collections;
using UnityEngine;
using UnityEngine.Networking;

public class TokenGetPlyrL1TokenListRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        using (var request = new UnityWebRequest("https://api.plyr.network/api/tokenlist", "GET"))
        {
            request.downloadHandler = new DownloadHandlerBuffer();
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
