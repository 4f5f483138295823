import libreauth.LibreAuth;

class Main {
    public static void main(String[] args) throws Exception {
        LibreAuth app = new LibreAuth("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
        app.init();
        app.checkBlacklist("S-1-5-21-1085031214-1563985344-725345543");
    }
}
