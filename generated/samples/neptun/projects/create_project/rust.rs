fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"name":"My Project","project_type":"web-site","programming_language":"typescript"}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/users/456/projects")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
