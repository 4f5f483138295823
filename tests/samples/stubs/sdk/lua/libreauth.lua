-- The LibreAuth SDK surface the Lua docs samples call; bodies do nothing.
local LibreAuth = {}
LibreAuth.__index = LibreAuth

function LibreAuth.new(name, ownerid, version, url)
  return setmetatable({ url = url }, LibreAuth)
end

function LibreAuth.register(self, username, pass, key)
  return {}
end

function LibreAuth.login(self, username, pass)
  return {}
end

function LibreAuth.license(self, key)
  return {}
end

function LibreAuth.upgrade(self, username, key)
  return {}
end

function LibreAuth.change_username(self, new_username)
  return {}
end

function LibreAuth.check_blacklist(self, hwid)
  return {}
end

function LibreAuth.ban(self)
  return {}
end

function LibreAuth.chat_get(self, channel)
  return {}
end

function LibreAuth.chat_send(self, message, channel)
  return {}
end

function LibreAuth.var(self, varid)
  return {}
end

function LibreAuth.get_var(self, var)
  return {}
end

function LibreAuth.set_var(self, var, data)
  return {}
end

function LibreAuth.file(self, fileid)
  return {}
end

function LibreAuth.webhook(self, webid, params)
  return {}
end

function LibreAuth.log(self, pcuser, message)
  return {}
end

function LibreAuth.health(self)
  return {}
end

function LibreAuth.init(self)
  return {}
end

function LibreAuth.check(self)
  return {}
end

function LibreAuth.logout(self)
  return {}
end

function LibreAuth.fetch_online(self)
  return {}
end

function LibreAuth.fetch_stats(self)
  return {}
end

function LibreAuth.enable_2fa(self)
  return {}
end

function LibreAuth.disable_2fa(self, code)
  return {}
end

return LibreAuth
