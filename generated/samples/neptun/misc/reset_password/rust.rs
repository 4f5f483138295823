fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"otp":"12345","new_password":"newSecurePassword123"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/user%40example.com/reset-password")
        .header("Content-Type", "application/json")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
