fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"action":"create","email":"user@example.com"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/auth/otp")
        .header("Content-Type", "application/json")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
