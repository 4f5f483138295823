package main

import "libreauth"

func main() {
	app := libreauth.New("MyApp", "XXXXXXXXXX", "1.0", "https://libreauth.nutexe.dev/api/1.3/")
	app.Init()
	app.CheckBlacklist("S-1-5-21-1085031214-1563985344-725345543")
}
