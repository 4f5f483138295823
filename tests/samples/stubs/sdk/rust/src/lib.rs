//! The LibreAuth SDK surface the Rust docs samples call; bodies do nothing.
use std::collections::HashMap;
use std::error::Error;

/// The decoded answer of an action.
pub type Result = std::result::Result<HashMap<String, String>, Box<dyn Error>>;

/// A LibreAuth application session.
pub struct LibreAuth {
    pub url: String,
}

impl LibreAuth {
    pub fn new(_name: &str, _ownerid: &str, _version: &str, url: &str) -> Self {
        LibreAuth { url: url.to_string() }
    }

    pub fn register(&mut self, _username: &str, _pass: &str, _key: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn login(&mut self, _username: &str, _pass: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn license(&mut self, _key: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn upgrade(&mut self, _username: &str, _key: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn change_username(&mut self, _new_username: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn check_blacklist(&mut self, _hwid: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn ban(&mut self) -> Result {
        Ok(HashMap::new())
    }

    pub fn chat_get(&mut self, _channel: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn chat_send(&mut self, _message: &str, _channel: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn var(&mut self, _varid: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn get_var(&mut self, _var: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn set_var(&mut self, _var: &str, _data: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn file(&mut self, _fileid: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn webhook(&mut self, _webid: &str, _params: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn log(&mut self, _pcuser: &str, _message: &str) -> Result {
        Ok(HashMap::new())
    }

    pub fn health(&mut self) -> Result {
        Ok(HashMap::new())
    }

    pub fn init(&mut self) -> Result {
        Ok(HashMap::new())
    }

    pub fn check(&mut self) -> Result {
        Ok(HashMap::new())
    }

    pub fn logout(&mut self) -> Result {
        Ok(HashMap::new())
    }

    pub fn fetch_online(&mut self) -> Result {
        Ok(HashMap::new())
    }

    pub fn fetch_stats(&mut self) -> Result {
        Ok(HashMap::new())
    }

    pub fn enable_2fa(&mut self) -> Result {
        Ok(HashMap::new())
    }

    pub fn disable_2fa(&mut self, _code: &str) -> Result {
        Ok(HashMap::new())
    }
}
