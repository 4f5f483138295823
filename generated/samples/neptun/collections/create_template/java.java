import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

class Main {
    public static void main(String[] args) throws Exception {
        String body = "{\"template\":{\"description\":\"Basic Docker deployment script\",\"file_name\":\"docker-deploy.sh\",\"neptun_user_id\":1},\"file\":{\"title\":\"Docker deploy script\",\"text\":\"#!/bin/sh\\ndocker compose up -d\\n\",\"language\":\"shell\",\"extension\":\"sh\",\"neptun_user_id\":1}}";

        HttpRequest request = HttpRequest.newBuilder(URI.create("https://neptun-webui.vercel.app/api/users/1/collections/1/templates"))
                .method("POST", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Cookie", "neptun-session=your-session-cookie")
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.body());
    }
}
