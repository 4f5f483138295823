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
        using (var request = new HttpRequestMessage(new HttpMethod("GET"), "https://api.plyr.network/api/tokenlist"))
        {
            var response = await client.SendAsync(request);
            Console.WriteLine(await response.Content.ReadAsStringAsync());
        }
    }
}
