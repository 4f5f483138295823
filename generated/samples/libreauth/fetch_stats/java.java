import libreauth.LibreAuth;

class Main {
    public static void main(String[] args) throws Exception {
        LibreAuth app = new LibreAuth("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
        app.init();
        app.fetchStats();
    }
}
