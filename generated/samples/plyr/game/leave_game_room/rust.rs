use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"roomId":"42","sessionJwts":["eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIxIn0.c2ln","eyJhbGciOiJFUzI1NiJ9.eyJwbHlySWQiOiJwbGF5ZXIyIn0.c2ln"]}"#;
    let secret = "your_secret_key";
    let timestamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)?
        .as_millis()
        .to_string();
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(timestamp.as_bytes());
    mac.update(body.as_bytes());
    let signature = hex::encode(mac.finalize().into_bytes());

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://api.plyr.network/api/game/leave")
        .header("Content-Type", "application/json")
        .header("apikey", "your_api_key")
        .header("signature", &signature)
        .header("timestamp", &timestamp)
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
