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
        var body = "{\"template\":{\"description\":\"Basic Docker deployment script\",\"file_name\":\"docker-deploy.sh\",\"neptun_user_id\":1},\"file\":{\"title\":\"Docker deploy script\",\"text\":\"#!/bin/sh\\ndocker compose up -d\\n\",\"language\":\"shell\",\"extension\":\"sh\",\"neptun_user_id\":1}}";

        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://neptun-webui.vercel.app/api/users/1/collections/1/templates"))
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            request.Headers.TryAddWithoutValidation("Cookie", "neptun-session=your-session-cookie");
            var response = await client.SendAsync(request);
            MessageBox.Show(await response.Content.ReadAsStringAsync());
        }
    }
}
