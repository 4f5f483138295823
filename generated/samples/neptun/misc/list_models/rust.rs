fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::GET, "https://neptun-webui.vercel.app/models")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
