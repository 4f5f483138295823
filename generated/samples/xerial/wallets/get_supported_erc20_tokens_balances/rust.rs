fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::GET, "https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/tokens")
        .header("Authorization", "Bearer your_access_token")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
