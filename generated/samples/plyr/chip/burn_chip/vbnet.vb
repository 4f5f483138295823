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
        Dim body As String = "{""chips"":[""0xa513E6E4b8f2a923D98304ec87F64353C4D5C853""],""plyrIds"":[""player1""],""amounts"":[25]}"
        Dim secret As String = "your_secret_key"
        Dim timestamp As String = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString()
        Dim signature As String
        Using hmac As New HMACSHA256(Encoding.UTF8.GetBytes(secret))
            Dim hash As Byte() = hmac.ComputeHash(Encoding.UTF8.GetBytes(timestamp & body))
            signature = BitConverter.ToString(hash).Replace("-", "").ToLowerInvariant()
        End Using

        Using client As New HttpClient()
            Using request As New HttpRequestMessage(New HttpMethod("POST"), "https://api.plyr.network/api/game/chip/burn")
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
