Imports System
Imports System.Net.Http
Imports System.Threading.Tasks

Module Program
    Sub Main()
        RunAsync().GetAwaiter().GetResult()
    End Sub

    Async Function RunAsync() As Task
        Using client As New HttpClient()
            Using request As New HttpRequestMessage(New HttpMethod("GET"), "https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112")
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer your_access_token")
                Dim response As HttpResponseMessage = Await client.SendAsync(request)
                Console.WriteLine(Await response.Content.ReadAsStringAsync())
            End Using
        End Using
    End Function
End Module
