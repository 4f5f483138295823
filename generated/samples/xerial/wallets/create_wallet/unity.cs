using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class WalletsCreateWalletRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"type\":\"evm\"}";

        using (var request = new UnityWebRequest("https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            request.SetRequestHeader("Authorization", "Bearer your_access_token");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
