fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::GET, "https://neptun-webui.vercel.app/api/shared/collections/550e8400-e29b-41d4-a716-446655440000")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
