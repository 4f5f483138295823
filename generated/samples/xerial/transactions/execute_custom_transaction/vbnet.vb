Imports System
Imports System.Net.Http
Imports System.Text
Imports System.Threading.Tasks

Module Program
    Sub Main()
        RunAsync().GetAwaiter().GetResult()
    End Sub

    Async Function RunAsync() As Task
        Dim body As String = "{""type"":""CONTRACT_EXECUTION"",""to"":""0xdc71b72db51e227e65a45004ab2798d31e8934c9"",""value"":0}"

        Using client As New HttpClient()
            Using request As New HttpRequestMessage(New HttpMethod("POST"), "https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transaction")
                request.Content = New ByteArrayContent(Encoding.UTF8.GetBytes(body))
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json")
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer your_access_token")
                Dim response As HttpResponseMessage = Await client.SendAsync(request)
                Console.WriteLine(Await response.Content.ReadAsStringAsync())
            End Using
        End Using
    End Function
End Module
