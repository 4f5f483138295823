using System.Net.Http;
using System.Windows;

public partial class MainWindow : Window
{
    public MainWindow()
    {
        InitializeComponent();
    }

    private async void SendButton_Click(object sender, RoutedEventArgs e)
    {
        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://neptun-webui.vercel.app/api/users/1/collections/1/templates/1"))
        {
            request.Headers.TryAddWithoutValidation("Cookie", "neptun-session=your-session-cookie");
            var response = await client.SendAsync(request);
            MessageBox.Show(await response.Content.ReadAsStringAsync());
        }
    }
}
