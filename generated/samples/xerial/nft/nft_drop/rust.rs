fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"collectionAddress":"0xf6797c479c7b18de2ea7493291d5f21fede8ff29","typeId":2,"quantity":1,"to":"0x8e9DD3c1Db3254d968967CbC367542C343273629"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://wallet.xerial.io/api/nft/polygon/drop")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer your_access_token")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
