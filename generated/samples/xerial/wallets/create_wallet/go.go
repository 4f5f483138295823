package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
)

func main() {
	body := `{"type":"evm"}`

	req, err := http.NewRequest("POST", "https://wallet.xerial.io/api/wallet/5ebac534954b54139806c112", strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	req.Header.Set("Content-Type", "application/json")
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
