fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"marketItemId":4}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/secondary-purchase")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer your_access_token")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
