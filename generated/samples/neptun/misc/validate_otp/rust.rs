fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"action":"validate","email":"user@example.com","otp":"12345","new_password":"newSecurePassword123"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/auth/otp")
        .header("Content-Type", "application/json")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
