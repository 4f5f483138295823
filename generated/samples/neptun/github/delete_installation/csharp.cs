using System;
using System.Net.Http;
using System.Threading.Tasks;

class Program
{
    static void Main()
    {
        RunAsync().GetAwaiter().GetResult();
    }

    static async Task RunAsync()
    {
        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("DELETE"), "https://neptun-webui.vercel.app/api/users/123/installations/1"))
        {
            request.Headers.TryAddWithoutValidation("Cookie", "neptun-session=your-session-cookie");
            var response = await client.SendAsync(request);
            Console.WriteLine(await response.Content.ReadAsStringAsync());
        }
    }
}
