// Package libreauth declares the LibreAuth SDK surface the Go docs samples call.
// Bodies do nothing: the samples are compiled against it, never run.
package libreauth

// Result is the decoded answer of an action.
type Result map[string]any

// App is a LibreAuth application session.
type App struct {
	name, ownerid, version, url string
}

// New returns an App for the application; url is the API URL the actions are posted to.
func New(name, ownerid, version, url string) *App {
	return &App{name, ownerid, version, url}
}

// Register calls the `register` action.
func (a *App) Register(username, pass, key string) (Result, error) {
	return Result{}, nil
}

// Login calls the `login` action.
func (a *App) Login(username, pass string) (Result, error) {
	return Result{}, nil
}

// License calls the `license` action.
func (a *App) License(key string) (Result, error) {
	return Result{}, nil
}

// Upgrade calls the `upgrade` action.
func (a *App) Upgrade(username, key string) (Result, error) {
	return Result{}, nil
}

// ChangeUsername calls the `changeUsername` action.
func (a *App) ChangeUsername(newUsername string) (Result, error) {
	return Result{}, nil
}

// CheckBlacklist calls the `checkblacklist` action.
func (a *App) CheckBlacklist(hwid string) (Result, error) {
	return Result{}, nil
}

// Ban calls the `ban` action.
func (a *App) Ban() (Result, error) {
	return Result{}, nil
}

// ChatGet calls the `chatget` action.
func (a *App) ChatGet(channel string) (Result, error) {
	return Result{}, nil
}

// ChatSend calls the `chatsend` action.
func (a *App) ChatSend(message, channel string) (Result, error) {
	return Result{}, nil
}

// Var calls the `var` action.
func (a *App) Var(varid string) (Result, error) {
	return Result{}, nil
}

// GetVar calls the `getvar` action.
func (a *App) GetVar(var_ string) (Result, error) {
	return Result{}, nil
}

// SetVar calls the `setvar` action.
func (a *App) SetVar(var_, data string) (Result, error) {
	return Result{}, nil
}

// File calls the `file` action.
func (a *App) File(fileid string) (Result, error) {
	return Result{}, nil
}

// Webhook calls the `webhook` action.
func (a *App) Webhook(webid, params string) (Result, error) {
	return Result{}, nil
}

// Log calls the `log` action.
func (a *App) Log(pcuser, message string) (Result, error) {
	return Result{}, nil
}

// Health calls GET /health.
func (a *App) Health() (Result, error) {
	return Result{}, nil
}

// Init calls the `init` action.
func (a *App) Init() (Result, error) {
	return Result{}, nil
}

// Check calls the `check` action.
func (a *App) Check() (Result, error) {
	return Result{}, nil
}

// Logout calls the `logout` action.
func (a *App) Logout() (Result, error) {
	return Result{}, nil
}

// FetchOnline calls the `fetchOnline` action.
func (a *App) FetchOnline() (Result, error) {
	return Result{}, nil
}

// FetchStats calls the `fetchStats` action.
func (a *App) FetchStats() (Result, error) {
	return Result{}, nil
}

// Enable2fa calls the `2faenable` action.
func (a *App) Enable2fa() (Result, error) {
	return Result{}, nil
}

// Disable2fa calls the `2fadisable` action.
func (a *App) Disable2fa(code string) (Result, error) {
	return Result{}, nil
}
