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
        var body = "{\"message\":\"Hello, how can I help?\",\"actor\":\"assistant\"}";

        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://neptun-webui.vercel.app/api/users/456/chats/123/messages"))
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            request.Headers.TryAddWithoutValidation("Cookie", "neptun-session=your-session-cookie");
            var response = await client.SendAsync(request);
            MessageBox.Show(await response.Content.ReadAsStringAsync());
        }
    }
}
