#include "libreauth.hpp"

int main() {
    LibreAuth::Client app("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
    app.init();
    app.log("DESKTOP-USER", "User opened the settings page");
    return 0;
}
