fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/auth/logout")
        .header("Cookie", "neptun-session=your-session-cookie")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
