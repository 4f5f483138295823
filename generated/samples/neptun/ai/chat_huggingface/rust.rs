fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = r#"{"messages":[{"role":"user","content":"Hello, how are you?"}]}"#;

    let response = reqwest::blocking::Client::new()
        .request(reqwest::Method::POST, "https://neptun-webui.vercel.app/api/ai/huggingface/qwen/Qwen2.5-72B-Instruct/chat?chat_id=123")
        .header("Content-Type", "application/json")
        .header("Cookie", "neptun-session=your-session-cookie")
        .body(body)
        .send()?;
    println!("{}", response.text()?);
    Ok(())
}
