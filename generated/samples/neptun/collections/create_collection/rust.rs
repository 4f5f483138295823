fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"name":"My Templates","is_shared":false,"neptun_user_id":1}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/users/1/collections")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
