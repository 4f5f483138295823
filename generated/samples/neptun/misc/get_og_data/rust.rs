fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::GET, "https://neptun-webui.vercel.app/api/og/https%3A%2F%2Fexample.com")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
