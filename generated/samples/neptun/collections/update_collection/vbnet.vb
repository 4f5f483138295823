Imports System
Imports System.Net.Http
Imports System.Text
Imports System.Threading.Tasks

Module Program
    Sub Main()
        RunAsync().GetAwaiter().GetResult()
    End Sub

    Async Function RunAsync() As Task
        Dim body As String = "{}"

        Using client As New HttpClient()
            Using request As New HttpRequestMessage(New HttpMethod("PATCH"), "https://neptun-webui.vercel.app/api/users/1/collections/1")
                request.Content = New ByteArrayContent(Encoding.UTF8.GetBytes(body))
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json")
                request.Headers.TryAddWithoutValidation("Cookie", "neptun-session=your-session-cookie")
                Dim response As HttpResponseMessage = Await client.SendAsync(request)
                Console.WriteLine(Await response.Content.ReadAsStringAsync())
            End Using
        End Using
    End Function
End Module
