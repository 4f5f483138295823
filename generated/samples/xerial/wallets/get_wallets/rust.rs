fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::GET, "https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112")
        .header("Authorization", "Bearer your_access_token")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
