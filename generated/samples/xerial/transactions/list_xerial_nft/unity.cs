using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class TransactionsListXerialNftRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"collectionAddress\":\"0xf6797c479c7b18de2ea7493291d5f21fede8ff29\",\"tokenId\":2,\"price\":1}";

        using (var request = new UnityWebRequest("https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/list-nft", "POST"))
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
