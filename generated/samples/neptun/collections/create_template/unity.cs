using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class CollectionsCreateTemplateRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"template\":{\"description\":\"Basic Docker deployment script\",\"file_name\":\"docker-deploy.sh\",\"neptun_user_id\":1},\"file\":{\"title\":\"Docker deploy script\",\"text\":\"#!/bin/sh\\ndocker compose up -d\\n\",\"language\":\"shell\",\"extension\":\"sh\",\"neptun_user_id\":1}}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/users/1/collections/1/templates", "POST"))
        {
            request.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
            request.downloadHandler = new DownloadHandlerBuffer();
            request.SetRequestHeader("Content-Type", "application/json");
            request.SetRequestHeader("Cookie", "neptun-session=your-session-cookie");
            yield return request.SendWebRequest();
            Debug.Log(request.downloadHandler.text);
        }
    }
}
