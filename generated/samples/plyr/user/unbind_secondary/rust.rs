use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"plyrId":"player123","secondaryAddress":"0x70997970C51812dc3A010C7d01b50e0d17dc79C8","signature":"0x4a5c1d3e8f2b7a6c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c1b"}"#;
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
        .request(reqwest::Method::POST, "https://api.plyr.network/api/user/secondary/unbind")
        .header("Content-Type", "application/json")
        .header("apikey", "your_api_key")
        .header("signature", &signature)
        .header("timestamp", &timestamp)
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
