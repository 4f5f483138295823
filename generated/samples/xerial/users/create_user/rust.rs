fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = "{}";

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://wallet.xerial.io/api/user")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer your_access_token")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
