fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"studioAddress":"0xf48b45F70a16FdcCe76d3E494Cb979144D1Ca0A8","chain":"polygon"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://api.xerial.io/get_market_items")
        .header("Content-Type", "application/json")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
