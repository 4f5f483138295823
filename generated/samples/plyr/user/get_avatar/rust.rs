use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let secret = "your_secret_key";
    let timestamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)?
        .as_millis()
        .to_string();
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(timestamp.as_bytes());
    mac.update("{}".as_bytes());
    let signature = hex::encode(mac.finalize().into_bytes());

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::GET, "https://api.plyr.network/api/user/avatar/player123")
        .header("apikey", "your_api_key")
        .header("signature", &signature)
        .header("timestamp", &timestamp)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
