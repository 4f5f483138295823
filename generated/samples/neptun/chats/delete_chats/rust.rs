fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"chat_ids":[1,2,3]}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::DELETE, "https://neptun-webui.vercel.app/api/users/123/chats")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
