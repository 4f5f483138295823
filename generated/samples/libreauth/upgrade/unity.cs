using UnityEngine;

public class UpgradeRequest : MonoBehaviour
{
    private async void Start()
    {
        var app = new LibreAuth("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
        await app.InitAsync();
        await app.UpgradeAsync("alice", "MyApp-3HJ8R-QZ6VN-L2W9K");
    }
}
