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
        Dim body As String = "{""plyrId"":""player123"",""gameId"":""game123"",""otp"":""123456""}"
        Dim secret As String = "your_secret_key"
        Dim timestamp As String = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString()
        Dim signature As String
        Using hmac As New HMACSHA256(Encoding.UTF8.GetBytes(secret))
            Dim hash As Byte() = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp & body))
            signature = BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant()
        End Using

        Using client As New HttpClient()
            Using request As New HttpRequestMessage(New HttpMethod("POST"), "https://api.plyr.network/api/user/session/discardBy2fa")
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
