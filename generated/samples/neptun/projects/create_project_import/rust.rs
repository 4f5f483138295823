fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"source_type":"github","source_path":"username/repository"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/users/456/projects/789/resources/imports")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
