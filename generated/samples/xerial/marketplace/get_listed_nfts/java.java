import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

class Main {
    public static void main(String[] args) throws Exception {
        String body = "{\"projectId\":\"6601f93a3ff2ea0348edeb6a\",\"chain\":\"polygon\"}";

        HttpRequest request = HttpRequest.newBuilder(URI.create("https://api.xerial.io/get_listed_nfts"))
                .method("POST", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.body());
    }
}
