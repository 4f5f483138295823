#include "libreauth.hpp"

int main() {
    LibreAuth::Client app("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
    app.init();
    app.upgrade("alice", "MyApp-3HJ8R-QZ6VN-L2W9K");
    return 0;
}
