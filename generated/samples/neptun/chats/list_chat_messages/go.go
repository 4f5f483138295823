package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	req, err := http.NewRequest("GET", "https://neptun-webui.vercel.app/api/users/456/chats/123/messages", nil)
	if err != nil {
		panic(err)
	}
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
