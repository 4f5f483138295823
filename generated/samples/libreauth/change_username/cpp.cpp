#include "libreauth.hpp"

int main() {
    LibreAuth::Client app("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
    app.init();
    app.change_username("alice2");
    return 0;
}
