fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"type":"evm"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer your_access_token")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
