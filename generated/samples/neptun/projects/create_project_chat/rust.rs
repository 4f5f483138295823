fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"model":"google/gemma-2-27b-it","name":"Project Discussion"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/users/123/projects/12/chats")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
