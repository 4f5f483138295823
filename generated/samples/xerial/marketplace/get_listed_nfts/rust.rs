fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"projectId":"6601f93a3ff2ea0348edeb6a","chain":"polygon"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://api.xerial.io/get_listed_nfts")
        .header("Content-Type", "application/json")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
