fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"emails":["alice@example.com","bob@example.com"]}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/users/456/chats/789/shares/123/whitelist-entries")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
