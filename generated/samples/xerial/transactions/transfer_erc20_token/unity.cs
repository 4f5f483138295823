using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class TransactionsTransferErc20TokenRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"tokenAddress\":\"0x3c499c542cef5e3811e1192ce70d8cc03d5c3359\",\"amount\":100,\"to\":\"0x8e9DD3c1Db3254d968967CbC367542C343273629\"}";

        using (var request = new UnityWebRequest("https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transfer-token", "POST"))
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
