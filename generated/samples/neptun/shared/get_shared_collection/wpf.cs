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
        using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://neptun-webui.vercel.app/api/shared/collections/550e8400-e29b-41d4-a716-446655440000"))
        {
            var response = await client.SendAsync(request);
            MessageBox.Show(await response.Content.ReadAsStringAsync());
        }
    }
}
