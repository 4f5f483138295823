package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {
	body := "{}"

	req, err := http.NewRequest("POST", "https://neptun-webui.vercel.app/api/users/456/chats/123/shares", strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Cookie", "neptun-session=your-session-cookie")

	res, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer res.Body.Close()
	out, err := io.ReadAll(res.Body)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(out))
}
