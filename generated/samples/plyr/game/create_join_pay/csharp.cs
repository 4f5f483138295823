using System;
using System.Net.Http;
using System.Security.Cryptography;
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
        var body = "{\"sessionJwts\":[\"eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIxIn0.c2ln\",\"eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIyIn0.c2ln\"],\"tokens\":[\"TOKEN1\",\"TOKEN2\"],\"amounts\":[100,200]}";
        var secret = "your_secret_key";
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
        string signature;
        using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
        {
            var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp + body));
            signature = BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant();
        }

        using (var client = new HttpClient())
        using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://api.plyr.network/api/game/createJoinPay"))
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            request.Headers.TryAddWithoutValidation("apikey", "your_api_key");
            request.Headers.TryAddWithoutValidation("signature", signature);
            request.Headers.TryAddWithoutValidation("timestamp", timestamp);
            var response = await client.SendAsync(request);
            Console.WriteLine(await response.Content.ReadAsStringAsync());
        }
    }
}
