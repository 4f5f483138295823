// The LibreAuth SDK surface the C#, Unity and WPF docs samples call; bodies do nothing.
using System.Collections.Generic;
using System.Threading.Tasks;

public class LibreAuth
{
    public LibreAuth(string name, string ownerid, string version, string url) { }
    public Task<Dictionary<string, object>> RegisterAsync(string username, string pass, string key) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> LoginAsync(string username, string pass) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> LicenseAsync(string key) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> UpgradeAsync(string username, string key) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> ChangeUsernameAsync(string newUsername) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> CheckBlacklistAsync(string hwid) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> BanAsync() { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> ChatGetAsync(string channel) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> ChatSendAsync(string message, string channel) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> VarAsync(string varid) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> GetVarAsync(string var) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> SetVarAsync(string var, string data) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> FileAsync(string fileid) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> WebhookAsync(string webid, string @params) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> LogAsync(string pcuser, string message) { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> HealthAsync() { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> InitAsync() { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> CheckAsync() { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> LogoutAsync() { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> FetchOnlineAsync() { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> FetchStatsAsync() { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> Enable2faAsync() { return Task.FromResult(new Dictionary<string, object>()); }
    public Task<Dictionary<string, object>> Disable2faAsync(string code) { return Task.FromResult(new Dictionary<string, object>()); }
}
