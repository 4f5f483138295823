fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"token":"eyJhbGciOiJSUzI1NiIsImtpZCI6ImV4YW1wbGUiLCJ0eXAiOiJKV1QifQ.eyJpc3MiOiJhY2NvdW50cy5nb29nbGUuY29tIn0.c2lnbmF0dXJl","clientId":"1234567890-abc123def456.apps.googleusercontent.com"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://wallet.xerial.io/api/auth/google")
        .header("Content-Type", "application/json")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
