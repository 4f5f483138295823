// The LibreAuth SDK surface the C++ docs samples call; bodies do nothing.
#pragma once

#include <map>
#include <string>

namespace LibreAuth {

using Result = std::map<std::string, std::string>;

class Client {
 public:
  Client(const std::string& name, const std::string& ownerid, const std::string& version,
         const std::string& url) {}
  Result register_(const std::string& username, const std::string& pass, const std::string& key) { return {}; }
  Result login(const std::string& username, const std::string& pass) { return {}; }
  Result license(const std::string& key) { return {}; }
  Result upgrade(const std::string& username, const std::string& key) { return {}; }
  Result change_username(const std::string& new_username) { return {}; }
  Result check_blacklist(const std::string& hwid) { return {}; }
  Result ban() { return {}; }
  Result chat_get(const std::string& channel) { return {}; }
  Result chat_send(const std::string& message, const std::string& channel) { return {}; }
  Result var(const std::string& varid) { return {}; }
  Result get_var(const std::string& var) { return {}; }
  Result set_var(const std::string& var, const std::string& data) { return {}; }
  Result file(const std::string& fileid) { return {}; }
  Result webhook(const std::string& webid, const std::string& params) { return {}; }
  Result log(const std::string& pcuser, const std::string& message) { return {}; }
  Result health() { return {}; }
  Result init() { return {}; }
  Result check() { return {}; }
  Result logout() { return {}; }
  Result fetch_online() { return {}; }
  Result fetch_stats() { return {}; }
  Result enable_2fa() { return {}; }
  Result disable_2fa(const std::string& code) { return {}; }
};

}  // namespace LibreAuth
