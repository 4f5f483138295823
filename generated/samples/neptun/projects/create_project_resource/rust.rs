fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = "{}";

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/users/456/projects/789/resources/user-files")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
