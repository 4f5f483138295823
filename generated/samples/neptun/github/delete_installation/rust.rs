fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::DELETE, "https://neptun-webui.vercel.app/api/users/123/installations/1")
        .header("Cookie", "neptun-session=your-session-cookie")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
