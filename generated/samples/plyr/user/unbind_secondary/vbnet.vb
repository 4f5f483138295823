Imports System
Imports System.Net.Http
Imports System.Security.Cryptography
Imports System.Text
Imports System.Threading.Tasks

Module Program
    Sub Main()
        RunAsync().GetAwaiter().GetResult()
    End Sub

    Async Function RunAsync() As Task
        Dim body As String = "{""plyrId"":""player123"",""secondaryAddress"":""0x70997970C51812dc3A010C7d01b50e0d17dc79C8"",""signature"":""0x4a5c1d3e8f2b7a6c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c1b""}"
        Dim secret As String = "your_secret_key"
        Dim timestamp As String = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString()
        Dim signature As String
        Using hmac As New HMACSHA256(Encoding.UTF8.GetBytes(secret))
            Dim hash As Byte() = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp & body))
            signature = BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant()
        End Using

        Using client As New HttpClient()
            Using request As New HttpRequestMessage(New HttpMethod("POST"), "https://api.plyr.network/api/user/secondary/unbind")
                request.Content = New ByteArrayContent(Encoding.UTF8.GetBytes(body))
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json")
                request.Headers.TryAddWithoutValidation("apikey", "your_api_key")
                request.Headers.TryAddWithoutValidation("signature", signature)
                request.Headers.TryAddWithoutValidation("timestamp", timestamp)
                Dim response As HttpResponseMessage = Await client.SendAsync(request)
                Console.WriteLine(Await response.Content.ReadAsStringAsync())
            End Using
        End Using
    End Function
End Module
