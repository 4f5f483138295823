fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r##"{"template":{"description":"Basic Docker deployment script","file_name":"docker-deploy.sh","neptun_user_id":1},"file":{"title":"Docker deploy script","text":"#!/bin/sh\ndocker compose up -d\n","language":"shell","extension":"sh","neptun_user_id":1}}"##;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/users/1/collections/1/templates")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
