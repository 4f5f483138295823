fn main() -> Result<(), Box<dyn std::error::Error>> {
    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::GET, "https://api.plyr.network/api/tokenlist/plyr")
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
