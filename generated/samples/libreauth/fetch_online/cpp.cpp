#include "libreauth.hpp"

int main() {
    LibreAuth::Client app("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
    app.init();
    app.fetch_online();
    return 0;
}
