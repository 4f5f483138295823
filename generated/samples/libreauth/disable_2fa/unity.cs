using UnityEngine;

public class Disable2faRequest : MonoBehaviour
{
    private async void Start()
    {
        var app = new LibreAuth("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
        await app.InitAsync();
        await app.Disable2faAsync("123456");
    }
}
