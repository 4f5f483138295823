// The LibreAuth SDK surface the Java docs samples call; bodies do nothing.
package libreauth;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

public class LibreAuth {
    public LibreAuth(String name, String ownerid, String version, String url) {
    }

    public Map<String, Object> register(String username, String pass, String key) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> login(String username, String pass) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> license(String key) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> upgrade(String username, String key) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> changeUsername(String newUsername) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> checkBlacklist(String hwid) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> ban() throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> chatGet(String channel) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> chatSend(String message, String channel) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> var(String varid) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> getVar(String var) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> setVar(String var, String data) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> file(String fileid) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> webhook(String webid, String params) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> log(String pcuser, String message) throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> health() throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> init() throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> check() throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> logout() throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> fetchOnline() throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> fetchStats() throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> enable2fa() throws IOException {
        return new HashMap<>();
    }

    public Map<String, Object> disable2fa(String code) throws IOException {
        return new HashMap<>();
    }
}
