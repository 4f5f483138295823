fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"tokenAddress":"0x3c499c542cef5e3811e1192ce70d8cc03d5c3359","amount":100,"to":"0x8e9DD3c1Db3254d968967CbC367542C343273629"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://wallet.xerial.io/api/wallet/0x8e9DD3c1Db3254d968967CbC367542C343273629/polygon/transfer-token")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer your_access_token")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
