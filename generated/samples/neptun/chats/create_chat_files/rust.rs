fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"files":[{"text":"print('Hello')","title":"example1.py","language":"python","extension":"py"},{"text":"console.log('Hello')","title":"example2.js","language":"javascript","extension":"js"}]}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/users/789/chats/123/files/456")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
