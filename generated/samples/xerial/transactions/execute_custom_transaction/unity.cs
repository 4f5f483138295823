using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class TransactionsExecuteCustomTransactionRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"type\":\"CONTRACT_EXECUTION\",\"to\":\"0xdc71b72db51e227e65a45004ab2798d31e8934c9\",\"value\":0}";

        using (var request = new UnityWebRequest("https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transaction", "POST"))
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
