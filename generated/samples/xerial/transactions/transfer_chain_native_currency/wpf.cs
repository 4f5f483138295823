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
        var body = "{\"amount\":1.5,\"to\":\"0x8e9DD3c1Db3254d968967CbC367542C343273629\"}";

        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transfer-eth"))
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer your_access_token");
            var response = await client.SendAsync(request);
            MessageBox.Show(await response.Content.ReadAsStringAsync());
        }
    }
}
