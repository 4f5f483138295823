using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Windows;

public partial class MainWindow : Window
{
    public MainWindow()
    {
        InitializeComponent();
    }

    private async void SendButton_Click(object sender, RoutedEventArgs e)
    {
        var body = "{\"roomId\":\"room123\",\"plyrIds\":[\"player1\",\"player2\"],\"tokens\":[\"TOKEN1\",\"TOKEN2\"],\"amounts\":[100,200]}";
        var secret = "your_secret_key";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        string signature;
        using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
        {
            var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + body));
            signature = BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant();
        }

        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://api.plyr.network/api/game/earn"))
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            request.Headers.TryAddWithoutValidation("apikey", "your_api_key");
            request.Headers.TryAddWithoutValidation("signature", signature);
            request.Headers.TryAddWithoutValidation("timestamp", timestamp);
            var response = await client.SendAsync(request);
            MessageBox.Show(await response.Content.ReadAsStringAsync());
        }
    }
}
