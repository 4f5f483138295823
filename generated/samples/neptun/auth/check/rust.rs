fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::HEAD, "https://neptun-webui.vercel.app/api/auth/check")
        .header("Cookie", "neptun-session=your-session-cookie")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
