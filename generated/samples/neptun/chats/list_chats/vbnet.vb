Imports System
Imports System.Net.Http
Imports System.Threading.Tasks

Module Program
    Sub Main()
        RunAsync().GetAwaiter().GetResult()
    End Sub

    Async Function RunAsync() As Task
        Using client As New HttpClient()
            Using request As New HttpRequestMessage(New HttpMethod("GET"), "https://neptun-webui.vercel.app/api/users/123/chats")
                request.Headers.TryAddWithoutValidation("Cookie", "neptun-session=your-session-cookie")
                Dim response As HttpResponseMessage = Await client.SendAsync(request)
                Console.WriteLine(Await response.Content.ReadAsStringAsync())
            End Using
        End Using
    End Function
End Module
