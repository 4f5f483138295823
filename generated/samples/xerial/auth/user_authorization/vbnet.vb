Imports System
Imports System.Net.Http
Imports System.Text
Imports System.Threading.Tasks

Module Program
    Sub Main()
        RunAsync().GetAwaiter().GetResult()
    End Sub

    Async Function RunAsync() As Task
        Dim body As String = "{""token"":""eyJhbGciOiJSUzI1NiIsImtpZCI6ImV4YW1wbGUiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJhY2NvdW50cy5nb29nbGUuY29tIn0.c2lnbmF0dXJl"",""clientId"":""1234567890-abc123def456.apps.googleusercontent.com""}"

        Using client As New HttpClient()
            Using request As New HttpRequestMessage(New HttpMethod("POST"), "https://wallet.xerial.io/api/auth/google")
                request.Content = New ByteArrayContent(Encoding.UTF8.GetBytes(body))
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json")
                Dim response As HttpResponseMessage = Await client.SendAsync(request)
                Console.WriteLine(Await response.Content.ReadAsStringAsync())
            End Using
        End Using
    End Function
End Module
