using System.Collections;
using System.Text;
using UnityEngine;
using UnityEngine.Networking;

public class ProjectsCreateProjectFileRequest : MonoBehaviour
{
    private IEnumerator Start()
    {
        var body = "{\"title\":\"My Source File\",\"original_path\":\"/src/components/App.tsx\",\"context_file_category\":\"source\",\"context_file_type\":\"component\",\"text\":\"export const App = () => <div>Hello World</div>\\n\"}";

        using (var request = new UnityWebRequest("https://neptun-webui.vercel.app/api/users/456/projects/789/resources/files", "POST"))
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
