using UnityEngine;

public class RegisterRequest : MonoBehaviour
{
    private async void Start()
    {
        var app = new LibreAuth("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
        await app.InitAsync();
        await app.RegisterAsync("alice", "correct-horse-battery", "MyApp-7K2Q9-XW4ZB-P8M3T");
    }
}
