fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::GET, "https://neptun-webui.vercel.app/api/users/456/projects/789/resources/files")
        .header("Cookie", "neptun-session=your-session-cookie")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
