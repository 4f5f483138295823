using UnityEngine;

public class VarRequest : MonoBehaviour
{
    private async void Start()
    {
        var app = new LibreAuth("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
        await app.InitAsync();
        await app.VarAsync("latestChangelog");
    }
}
