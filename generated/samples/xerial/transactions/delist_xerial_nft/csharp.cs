using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

class Program
{
    static void Main()
    {
        RunAsync().GetAwaiter().GetResult();
    }

    static async Task RunAsync()
    {
        var body = "{\"collectionAddress\":\"0xf6797c479c7b18de2ea7493291d5f21fede8ff29\",\"tokenId\":2}";

        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/delist-nft"))
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer your_access_token");
            var response = await client.SendAsync(request);
            Console.WriteLine(await response.Content.ReadAsStringAsync());
        }
    }
}
