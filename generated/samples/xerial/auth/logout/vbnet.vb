Imports System
Imports System.Net.Http
Imports System.Text
Imports System.Threading.Tasks

Module Program
    Sub Main()
        RunAsync().GetAwaiter().GetResult()
    End Sub

    Async Function RunAsync() As Task
        Dim body As String = "{""refreshToken"":""eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZWJhYzUzNDk1NGI1NDEzOTgwNmMxMTIiLCJpYXQiOjE1ODkyOTg0ODQsImV4cCI6MTU4OTMwMDI4NH0.m1U63blB0MLej_WfB7yC2FTMnCziif9X8yzwDEfJXAg""}"

        Using client As New HttpClient()
            Using request As New HttpRequestMessage(New HttpMethod("POST"), "https://wallet.xerial.io/api/auth/logout")
                request.Content = New ByteArrayContent(Encoding.UTF8.GetBytes(body))
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json")
                Dim response As HttpResponseMessage = Await client.SendAsync(request)
                Console.WriteLine(Await response.Content.ReadAsStringAsync())
            End Using
        End Using
    End Function
End Module
