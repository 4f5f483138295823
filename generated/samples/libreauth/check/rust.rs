use libreauth::LibreAuth;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut app = LibreAuth::new("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/");
    app.init()?;
    app.check()?;
    Ok(())
}
