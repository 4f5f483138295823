fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"email":"user@example.com","password":"your-password"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/auth/login")
        .header("Content-Type", "application/json")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
