using System.Net.Http;
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
        var body = "{\"token\":\"eyJhbGciOiJSUzI1NiIsImtpZCI6ImV4YW1wbGUiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJhY2NvdW50cy5nb29nbGUuY29tIn0.c2lnbmF0dXJl\",\"clientId\":\"1234567890-abc123def456.apps.googleusercontent.com\"}";

        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://wallet.xerial.io/api/auth/google"))
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            var response = await client.SendAsync(request);
            MessageBox.Show(await response.Content.ReadAsStringAsync());
        }
    }
}
