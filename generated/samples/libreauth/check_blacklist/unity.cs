using UnityEngine;

public class CheckBlacklistRequest : MonoBehaviour
{
    private async void Start()
    {
        var app = new LibreAuth("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
        await app.InitAsync();
        await app.CheckBlacklistAsync("S-1-5-21-1085031214-1563985344-725345543");
    }
}
