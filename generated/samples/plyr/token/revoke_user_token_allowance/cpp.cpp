#include <curl/curl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

static size_t collect(char* data, size_t size, size_t count, void* out) {
    static_cast<std::string*>(out)->append(data, size * count);
    return size * count;
}

int main() {
    std::string body = R"({"plyrId":"player_abc123","gameId":"game_xyz789","token":"USDC","otp":"123456"})";
    std::string secret = "your_secret_key";
    auto now = std::chrono::system_clock::now().time_since_epoch();
    std::string timestamp = std::to_string(
        std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
    std::string message = timestamp + body;
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<const unsigned char*>(message.data()), message.size(), digest, &length);
    std::string signature;
    for (unsigned int i = 0; i < length; ++i) {
        char hex[3];
        std::snprintf(hex, sizeof hex, "%02x", digest[i]);
        signature += hex;
    }

    CURL* curl = curl_easy_init();
    struct curl_slist* headers = nullptr;
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "apikey: your_api_key");
    headers = curl_slist_append(headers, ("signature: " + signature).c_str());
    headers = curl_slist_append(headers, ("timestamp: " + timestamp).c_str());
    std::string response;
    curl_easy_setopt(curl, CURLOPT_URL, "https://api.plyr.network/api/game/revoke");
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "POST");
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE, static_cast<long>(body.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &response);
    CURLcode result = curl_easy_perform(curl);
    if (result == CURLE_OK) {
        std::cout << response << std::endl;
    } else {
        std::cerr << curl_easy_strerror(result) << std::endl;
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return result == CURLE_OK ? 0 : 1;
}
