fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::DELETE, "https://neptun-webui.vercel.app/api/users/1/collections/1")
        .header("Cookie", "neptun-session=your-session-cookie")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
