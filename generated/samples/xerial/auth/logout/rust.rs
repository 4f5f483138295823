fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"refreshToken":"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI1ZWJhYzUzNDk1NGI1NDEzOTgwNmMxMTIiLCJpYXQiOjE1ODkyOTg0ODQsImV4cCI6MTU4OTMwMDI4NH0.m1U63blB0MLej_WfB7yC2FTMnCziif9X8yzwDEfJXAg"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://wallet.xerial.io/api/auth/logout")
        .header("Content-Type", "application/json")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
