package main

import (
	"fmt"
	"io"
	"net/http"
)

func main() {
	req, err := http.NewRequest("GET", "https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112", nil)
	if err != nil {
		panic(err)
	}
	req.Header.Set("Authorization", "Bearer your_access_token")

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
