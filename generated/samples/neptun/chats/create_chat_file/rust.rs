fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"text":"print('Hello, World!')","title":"example.py","language":"python","extension":"py"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/users/789/chats/123/files/456")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
