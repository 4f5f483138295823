using UnityEngine;

public class LogRequest : MonoBehaviour
{
    private async void Start()
    {
        var app = new LibreAuth("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
        await app.InitAsync();
        await app.LogAsync("DESKTOP-USER", "User opened the settings page");
    }
}
