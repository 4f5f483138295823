# The LibreAuth SDK surface the Ruby docs samples call; bodies do nothing.
class LibreAuth
  def initialize(name, ownerid, version, url)
    @url = url
  end

  def register(username, pass, key)
    {}
  end

  def login(username, pass)
    {}
  end

  def license(key)
    {}
  end

  def upgrade(username, key)
    {}
  end

  def change_username(new_username)
    {}
  end

  def check_blacklist(hwid)
    {}
  end

  def ban
    {}
  end

  def chat_get(channel)
    {}
  end

  def chat_send(message, channel)
    {}
  end

  def var(varid)
    {}
  end

  def get_var(var)
    {}
  end

  def set_var(var, data)
    {}
  end

  def file(fileid)
    {}
  end

  def webhook(webid, params)
    {}
  end

  def log(pcuser, message)
    {}
  end

  def health
    {}
  end

  def init
    {}
  end

  def check
    {}
  end

  def logout
    {}
  end

  def fetch_online
    {}
  end

  def fetch_stats
    {}
  end

  def enable_2fa
    {}
  end

  def disable_2fa(code)
    {}
  end
end
