fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = "{}";

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::PATCH, "https://neptun-webui.vercel.app/api/users/1/collections/1")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
